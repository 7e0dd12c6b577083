import Foundation
import Testing

/// `karta explain CODE` through the real executable: the entry on stdout, an unknown code as an error
/// naming the nearest codes.
@Suite("karta explain", .enabled(if: KartaExecutable.url != nil, "the karta executable was not built"))
struct KartaExplainCommandTests {
    @Test func aKnownCodePrintsItsEntry() throws {
        try withTemporaryDirectory { folder in
            let run = try KartaExecutable.run(["explain", "yaml-tab"], in: folder)
            #expect(run.status == 0, "\(run.combined)")
            #expect(run.stdout.hasPrefix("### `yaml-tab`"), "\(run.combined)")
            #expect(run.stdout.contains("Example: `") && run.stdout.contains("Fix: "), "\(run.combined)")
        }
    }

    @Test func anUnknownCodeFailsNamingNearMatches() throws {
        try withTemporaryDirectory { folder in
            let run = try KartaExecutable.run(["explain", "unknown-direktion"], in: folder)
            #expect(run.status == 1)
            #expect(run.stderr.contains("error: unknown diagnostic code 'unknown-direktion'; did you mean 'unknown-direction'?"), "\(run.combined)")
        }
    }
}
