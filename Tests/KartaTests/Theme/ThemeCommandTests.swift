import Foundation
import KartaTheme
import Testing

/// `karta theme export` and `karta build --verbose` through the real executable.
@Suite("karta theme", .enabled(if: KartaExecutable.url != nil, "the karta executable was not built"))
struct ThemeCommandTests {
    /// The exported theme is `Templates/`; used as a templates folder it builds the site the built-in
    /// theme builds.
    @Test func exportWritesTheThemeThatBuildsTheSameSite() throws {
        try withTemporaryDirectory { folder in
            let export = try KartaExecutable.run(["theme", "export", "theme"], in: folder)
            #expect(export.status == 0, "\(export.combined)")
            let exported = try FileTree.read(folder.appendingPathComponent("theme"))
            let templates = try FileTree.read(TestPaths.templates)
            #expect(exported.differences(from: templates).isEmpty, "\(exported.differences(from: templates))")

            _ = try ContentFixture.copyOfValid(in: folder)
            let builtIn = try KartaExecutable.run(["build", "--content", "content", "--output", "built-in"], in: folder)
            #expect(builtIn.status == 0, "\(builtIn.combined)")
            let fromExport = try KartaExecutable.run(["build", "--content", "content", "--templates", "theme", "--output", "exported", "--verbose"], in: folder)
            #expect(fromExport.status == 0, "\(fromExport.combined)")
            #expect(fromExport.stdout.contains("theme: \(BuiltInTheme.files.count) files from theme, 0 from the built-in theme"), "\(fromExport.stdout)")
            let first = try FileTree.read(folder.appendingPathComponent("built-in"))
            let second = try FileTree.read(folder.appendingPathComponent("exported"))
            #expect(first.differences(from: second).isEmpty, "\(first.differences(from: second).prefix(10))")
        }
    }

    @Test func exportRefusesAFolderThatIsNotEmpty() throws {
        try withTemporaryDirectory { folder in
            let target = folder.appendingPathComponent("theme")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try Data("mine".utf8).write(to: target.appendingPathComponent("notes.txt"))
            let run = try KartaExecutable.run(["theme", "export", "theme"], in: folder)
            #expect(run.status == 1)
            #expect(run.stderr.contains("not empty"), "\(run.combined)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["notes.txt"])
        }
    }

    /// `--verbose` names each file the site's Templates/ overrides and counts the rest.
    @Test func verboseBuildSaysWhereTemplatesCameFrom() throws {
        try withTemporaryDirectory { folder in
            _ = try KartaExecutable.run(["new", "site", "demo"], in: folder)
            let site = folder.appendingPathComponent("demo")
            let plain = try KartaExecutable.run(["build", "--verbose"], in: site)
            #expect(plain.status == 0, "\(plain.combined)")
            #expect(plain.stdout.contains("theme: 0 files from Templates, \(BuiltInTheme.files.count) from the built-in theme"), "\(plain.stdout)")

            let templates = site.appendingPathComponent("Templates")
            try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: TestPaths.templates.appendingPathComponent("home.mustache"), to: templates.appendingPathComponent("home.mustache"))
            let overridden = try KartaExecutable.run(["build", "--verbose"], in: site)
            #expect(overridden.status == 0, "\(overridden.combined)")
            #expect(overridden.stdout.contains("theme: Templates/home.mustache (overrides the built-in file)"), "\(overridden.stdout)")
            #expect(overridden.stdout.contains("theme: 1 file from Templates, \(BuiltInTheme.files.count - 1) from the built-in theme"), "\(overridden.stdout)")
        }
    }

    @Test func missingTemplatesOptionIsAnError() throws {
        try withTemporaryDirectory { folder in
            _ = try ContentFixture.copyOfValid(in: folder)
            let run = try KartaExecutable.run(["build", "--content", "content", "--templates", "nowhere"], in: folder)
            #expect(run.status == 1)
            #expect(run.stderr.contains("templates folder nowhere not found"), "\(run.combined)")
        }
    }
}
