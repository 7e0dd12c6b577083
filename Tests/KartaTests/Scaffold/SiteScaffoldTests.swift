import Foundation
import KartaContent
import KartaModel
import KartaScaffold
import KartaSite
import Testing

/// `karta new site DIR` writes a site that loads and builds at once, with nothing to fix.
@Suite("New site scaffold")
struct SiteScaffoldTests {
    @Test(arguments: SiteScaffold.startingLevels)
    func newSiteBuildsWithoutErrorsOrWarnings(_ level: Level) throws {
        try withTemporaryDirectory { folder in
            let site = folder.appendingPathComponent("demo").path
            let outcome = SiteScaffold.write(into: site, level: level, name: "Тестовое название", year: 2026)
            #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.sorted.map(\.description))")
            #expect(outcome.written.contains(site + "/README.md"))
            #expect(outcome.written.contains(site + "/Content/site.yaml"))

            let report = SiteBuilder(content: site + "/Content", templates: TestPaths.templates.path, output: site + "/Output").build()
            #expect(report.succeeded)
            #expect(report.diagnostics.isEmpty, "\(report.diagnostics.sorted.map(\.description))")
            #expect(report.pagesWritten > 0)

            let content = try #require(ContentLoader(root: site + "/Content").load().content)
            let own = try #require(content.entities.first { $0.level == level })
            #expect(own.name == "Тестовое название")
            #expect(content.config.owner?.name == "Тестовое название", "the organisation heads every page")
            #expect(content.entities.map(\.level) == Array(Level.allCases.prefix { $0 != level }) + [level], "a municipality sits in a region")
            let roadmap = try #require(content.roadmaps.first)
            #expect(roadmap.entityID == own.id)
            #expect(roadmap.period?.from == 2026)
            #expect(roadmap.items.allSatisfy { $0.responsible == own.responsibleAs }, "the example names the site's own body")
            #expect(content.glossary.entry(for: own.responsibleAs.first ?? "")?.level == level)
        }
    }

    /// The catalogue a new site starts with is the methodology's, as the bundled content lists it.
    @Test func directionsAreTheBundledOnes() throws {
        try withTemporaryDirectory { folder in
            let site = folder.appendingPathComponent("demo").path
            _ = SiteScaffold.write(into: site)
            let scaffolded = try #require(ContentLoader(root: site + "/Content").load().content).directions
            let bundled = try #require(ContentLoader(root: TestPaths.packageRoot.appendingPathComponent("Content").path).load().content).directions
            #expect(scaffolded.map(\.id) == bundled.map(\.id))
            #expect(scaffolded.map(\.title) == bundled.map(\.title))
            #expect(scaffolded.map(\.group) == bundled.map(\.group))
        }
    }

    @Test func nonEmptyFolderIsRefusedAndLeftAlone() throws {
        try withTemporaryDirectory { folder in
            try Data("notes\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
            let outcome = SiteScaffold.write(into: folder.path)
            #expect(outcome.written.isEmpty)
            #expect(outcome.diagnostics.errors.map(\.code) == ["not-empty"])
            #expect(outcome.diagnostics.errors.first?.message.contains("is not empty") == true)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
        }
    }

    @Test func anEmptyFolderIsUsed() throws {
        try withTemporaryDirectory { folder in
            let outcome = SiteScaffold.write(into: folder.path)
            #expect(outcome.diagnostics.isEmpty)
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Content/site.yaml").path))
        }
    }

    @Test func aSchoolCannotStartASite() throws {
        try withTemporaryDirectory { folder in
            let outcome = SiteScaffold.write(into: folder.appendingPathComponent("demo").path, level: .school)
            #expect(outcome.diagnostics.errors.map(\.code) == ["level"])
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("demo").path))
        }
    }
}
