import FlyingSocks
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

    /// A host that is not an address at all is refused, and only that is said: no warning about
    /// other machines for an address that is never listened on.
    @Test func aHostThatIsNotAnAddressIsOnlyRefused() throws {
        try withTemporaryDirectory { folder in
            let run = try KartaExecutable.run(["serve", "--host", "example.org", "--port", "0"], in: folder)
            #expect(run.status == 1)
            #expect(run.stderr.contains("error: --host example.org is not an IP address"))
            #expect(!run.stderr.contains("may be reachable from other machines"))
            #expect(run.stdout.isEmpty)
        }
    }

    /// A taken port fails before the first build: nothing is built or written, and the message
    /// says how to get a free port.
    @Test func aTakenPortFailsBeforeAnythingIsBuilt() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let taken = try Socket(domain: AF_INET)
            try taken.bind(to: sockaddr_in.inet(ip4: "127.0.0.1", port: 0))
            try taken.listen()
            defer { try? taken.close() }
            guard case .ip4(_, let port) = try taken.sockname() else { throw FixtureError("no port") }
            let output = folder.appendingPathComponent("out")
            let run = try KartaExecutable.run(
                ["serve", "--content", site.root.path, "--templates", TestPaths.templates.path, "--output", output.path, "--port", String(port)], in: folder)
            #expect(run.status == 1)
            #expect(run.stderr.contains("port \(port) at 127.0.0.1 is already in use"))
            #expect(run.stderr.contains("--port 0"))
            #expect(!run.combined.contains("Built "))
            #expect(!FileManager.default.fileExists(atPath: output.path), "nothing written")
        }
    }
}
