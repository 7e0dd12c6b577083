import Foundation
import Testing

/// `karta serve` as typed: its options, and the warning for an address other machines may reach.
@Suite("Serve: the command")
struct ServeCommandTests {
    @Test func helpListsTheOptions() throws {
        try withTemporaryDirectory { folder in
            let run = try KartaExecutable.run(["serve", "--help"], in: folder)
            #expect(run.status == 0)
            for option in ["--content", "--templates", "--output", "--port", "--host"] {
                #expect(run.stdout.contains(option), "\(option)")
            }
        }
    }

    /// A host that is not loopback is warned about before anything else; this one is not an address
    /// at all, so the command stops without listening anywhere.
    @Test func aHostOtherThanLoopbackIsWarnedAbout() throws {
        try withTemporaryDirectory { folder in
            let run = try KartaExecutable.run(["serve", "--host", "example.org", "--port", "0"], in: folder)
            #expect(run.status == 1)
            #expect(run.stderr.contains("warning: example.org may be reachable from other machines; the preview is meant for loopback"))
            #expect(run.stderr.contains("error: --host example.org is not an IP address"))
            #expect(run.stdout.isEmpty)
        }
    }
}
