import Foundation
import Testing

/// `karta new site`, `new entity`, `new roadmap` and the upward search for the site, through the real executable.
@Suite("karta new and the site search", .enabled(if: KartaExecutable.url != nil, "the karta executable was not built"))
struct NewCommandTests {
    @Test func aNewSiteBuildsFromInsideItsOwnFolders() throws {
        try withTemporaryDirectory { folder in
            let made = try KartaExecutable.run(["new", "site", "demo", "--level", "region"], in: folder)
            #expect(made.status == 0, "\(made.combined)")
            #expect(made.stdout.contains("wrote demo/Content/site.yaml"))

            let deep = folder.appendingPathComponent("demo/Content/oblast")
            // No templates anywhere: the built-in theme renders it.
            let built = try KartaExecutable.run(["build"], in: deep)
            #expect(built.status == 0, "\(built.combined)")
            #expect(built.stdout.contains("into ../../Output"), "\(built.stdout)")
            #expect(built.stdout.contains("0 errors, 0 warnings"))
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("demo/Output/index.html").path))

            let checked = try KartaExecutable.run(["check"], in: folder.appendingPathComponent("demo"))
            #expect(checked.status == 0, "\(checked.combined)")
            #expect(checked.stdout.contains("Content: 0 errors, 0 warnings"), "\(checked.stdout)")

            // At the site root the defaults are the ones this repository's root has always had.
            let atRoot = try KartaExecutable.run(["build"], in: folder.appendingPathComponent("demo"))
            #expect(atRoot.status == 0, "\(atRoot.combined)")
            #expect(atRoot.stdout.contains("into Output in"), "\(atRoot.stdout)")
        }
    }

    @Test func entitiesAndRoadmapsAreAddedFromAnywhereInTheSite() throws {
        try withTemporaryDirectory { folder in
            _ = try KartaExecutable.run(["new", "site", "demo"], in: folder)
            let inside = folder.appendingPathComponent("demo/Content/oblast/okrug")
            let school = try KartaExecutable.run(["new", "entity", "oblast/okrug", "sosh-1", "--name", "Средняя школа № 1"], in: inside)
            #expect(school.status == 0, "\(school.combined)")
            #expect(school.stdout.contains("wrote ../../oblast/okrug/sosh-1/entity.yaml"), "\(school.stdout)")
            let roadmap = try KartaExecutable.run(["new", "roadmap", "oblast/okrug/sosh-1", "plan"], in: inside)
            #expect(roadmap.status == 0, "\(roadmap.combined)")

            let again = try KartaExecutable.run(["new", "roadmap", "oblast/okrug/sosh-1", "plan"], in: inside)
            #expect(again.status == 1)
            #expect(again.stderr.contains("already exists"), "\(again.stderr)")

            let checked = try KartaExecutable.run(["check"], in: inside)
            #expect(checked.status == 0, "\(checked.combined)")
            #expect(checked.stdout.contains("0 errors, 0 warnings"), "\(checked.stdout)")
        }
    }

    @Test func aNonEmptyFolderIsRefusedWithAClearMessage() throws {
        try withTemporaryDirectory { folder in
            _ = try KartaExecutable.run(["new", "site", "demo"], in: folder)
            let before = try FileTree.read(folder.appendingPathComponent("demo"))
            let again = try KartaExecutable.run(["new", "site", "demo"], in: folder)
            #expect(again.status == 1)
            #expect(again.stderr.contains("demo is not empty"), "\(again.stderr)")
            #expect(try FileTree.read(folder.appendingPathComponent("demo")) == before)
        }
    }

    /// Outside any site every command that reads content says where it looked and which option fixes it.
    /// (`diff` compares folders or revisions it is given, and says what is missing of those.)
    @Test(arguments: [["build"], ["check"], ["serve", "--port", "0"], ["new", "roadmap", "a", "b"], ["new", "report", "a", "2020"], ["new", "entity", ".", "a"]])
    func outsideASiteTheMessageNamesContent(_ arguments: [String]) throws {
        try withTemporaryDirectory { folder in
            let run = try KartaExecutable.run(arguments, in: folder)
            #expect(run.status != 0)
            #expect(run.stderr.contains("error: no site.yaml found in \(folder.path) or any parent folder"), "\(run.combined)")
            #expect(run.stderr.contains("pass --content DIR"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing was written")
        }
    }

    /// Given `--content`, defaults stay relative to the current folder, as they always were.
    @Test func anExplicitContentFolderKeepsDefaultsHere() throws {
        try withTemporaryDirectory { folder in
            _ = try KartaExecutable.run(["new", "site", "demo"], in: folder)
            let run = try KartaExecutable.run(["build", "--content", "demo/Content", "--templates", TestPaths.templates.path], in: folder)
            #expect(run.status == 0, "\(run.combined)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/index.html").path))
        }
    }
}
