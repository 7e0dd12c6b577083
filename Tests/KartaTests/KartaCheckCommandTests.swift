import Foundation
import Testing

/// `karta check` through the real executable: exit status, the `file:line:column: error:` lines
/// editors understand, and the JSON format for machines.
@Suite("karta check", .enabled(if: KartaExecutable.url != nil, "the karta executable was not found next to the tests or in .build-tests/debug; build it with `swift build --scratch-path .build-tests`"))
struct KartaCheckCommandTests {
    static let roadmap = "oblast/gorod/roadmaps/msoko-2020.yaml"

    func checkArguments(_ extra: [String] = []) -> [String] {
        ["check", "--content", "content", "--templates", TestPaths.templates.path] + extra
    }

    @Test func validSiteExitsZero() throws {
        try withTemporaryDirectory { folder in
            _ = try ContentFixture.copyOfValid(in: folder)
            let run = try KartaExecutable.run(checkArguments(), in: folder)
            #expect(run.status == 0, "\(run.combined)")
            #expect(run.stdout.contains("content: 0 errors, 0 warnings"), "\(run.combined)")
            #expect(!run.combined.contains("error:"))
        }
    }

    /// A department's content folder has no `Templates/`: `check` and `build` use the built-in theme
    /// instead of failing with «templates folder not found» (issue 16).
    @Test func withoutTemplatesTheBuiltInThemeIsUsed() throws {
        try withTemporaryDirectory { folder in
            _ = try ContentFixture.copyOfValid(in: folder)
            let run = try KartaExecutable.run(["check", "--content", "content"], in: folder)
            #expect(run.status == 0, "\(run.combined)")
            #expect(run.stdout.contains("content: 0 errors, 0 warnings"), "\(run.combined)")
            #expect(!run.combined.contains("error:"))

            let build = try KartaExecutable.run(["build", "--content", "content", "--output", "site"], in: folder)
            #expect(build.status == 0, "\(build.combined)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/assets/karta.css").path))
        }
    }

    @Test func badSiteExitsOneAndPrintsTheLocation() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let position = try site.replace("direction: training-quality", with: "direction: training-qualty", in: Self.roadmap, pointingAt: "training-qualty")

            let run = try KartaExecutable.run(checkArguments(), in: folder)
            #expect(run.status == 1, "\(run.combined)")
            #expect(run.stderr.contains("content/\(Self.roadmap):\(position.line):\(position.column): error: unknown direction 'training-qualty'"), "\(run.combined)")
            #expect(run.stderr.contains("did you mean 'training-quality'?"))
            #expect(run.stderr.contains("1 error"))
        }
    }

    @Test func cp1251FileGetsAnEncodingMessage() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let file = "oblast/gorod/shkola-1/entity.yaml"
            try site.write(CP1251.encode(try site.read(file)), to: file)

            let run = try KartaExecutable.run(checkArguments(), in: folder)
            #expect(run.status == 1)
            #expect(run.stderr.contains("content/\(file):2:8: error: the file is not valid UTF-8 (it looks like Windows-1251, CP1251); save it as UTF-8"), "\(run.combined)")
        }
    }

    @Test func jsonFormatIsParseable() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let position = try site.replace("parent: oblast", with: "parent: nowhere", in: "oblast/gorod/entity.yaml", pointingAt: "nowhere")
            try site.replace(#"responsible: "ОО""#, with: #"responsible: "ОО, ТКДН""#, in: Self.roadmap)

            let run = try KartaExecutable.run(checkArguments(["--format", "json"]), in: folder)
            #expect(run.status == 1)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stdout)")
            #expect(json["errors"] as? Int == 1)
            #expect(json["warnings"] as? Int == 1)
            let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
            // With the note for the editors about the fixture's unconfirmed «ИРО» (`glossary-uncertain`).
            #expect(diagnostics.count == 3)
            #expect(diagnostics.filter { $0["severity"] as? String == "note" }.map { $0["code"] as? String } == ["glossary-uncertain"])
            for diagnostic in diagnostics {
                #expect(Set(diagnostic.keys) == ["severity", "code", "message", "file", "line", "column"])
            }
            let error = try #require(diagnostics.first { $0["severity"] as? String == "error" })
            #expect(error["code"] as? String == "unknown-parent")
            #expect(error["file"] as? String == "content/oblast/gorod/entity.yaml")
            #expect(error["line"] as? Int == position.line)
            #expect(error["column"] as? Int == position.column)
            let warning = try #require(diagnostics.first { $0["severity"] as? String == "warning" })
            #expect(warning["code"] as? String == "unknown-abbreviation")
        }
    }

    @Test func jsonFormatOnAValidSiteReportsNothing() throws {
        try withTemporaryDirectory { folder in
            _ = try ContentFixture.copyOfValid(in: folder)
            let run = try KartaExecutable.run(checkArguments(["--format", "json"]), in: folder)
            #expect(run.status == 0)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            #expect(json["errors"] as? Int == 0)
            #expect(json["warnings"] as? Int == 0)
            // Nothing but the note for the editors about the fixture's unconfirmed «ИРО».
            let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.map { "\($0["severity"] ?? "") \($0["code"] ?? "")" } == ["note glossary-uncertain"])
        }
    }
}
