import Foundation
import KartaContent
import KartaModel
import KartaScaffold
import Testing

/// `karta new entity PARENT ID` and `karta new roadmap ENTITY ID` add to a site without breaking it.
@Suite("New entity and roadmap scaffolds")
struct EntityScaffoldTests {
    /// A new site with a municipality `oblast/okrug`, the content folder's path.
    func newSite(in folder: URL) -> String {
        let site = folder.appendingPathComponent("demo").path
        _ = SiteScaffold.write(into: site, year: 2026)
        return site + "/Content"
    }

    func expectClean(_ content: String) {
        let result = ContentLoader(root: content).load()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.sorted.map(\.description))")
    }

    @Test func eachLevelGoesUnderItsParentByDefault() throws {
        try withTemporaryDirectory { folder in
            let content = newSite(in: folder)
            for (parent, id) in [(EntityScaffold.topLevel, "kray"), ("kray", "rayon"), ("kray/rayon", "sosh-1"), ("oblast/okrug", "sosh-2")] {
                let outcome = EntityScaffold.write(parent: parent, id: id, content: content)
                #expect(outcome.diagnostics.isEmpty, "\(parent)/\(id): \(outcome.diagnostics.sorted.map(\.description))")
            }
            let entities = try #require(ContentLoader(root: content).load().content).entities
            let levels = Dictionary(uniqueKeysWithValues: entities.map { ($0.id, $0.level) })
            #expect(levels["kray"] == .region)
            #expect(levels["kray/rayon"] == .municipality)
            #expect(levels["kray/rayon/sosh-1"] == .school)
            #expect(levels["oblast/okrug/sosh-2"] == .school)
            expectClean(content)
        }
    }

    @Test func aSchoolMaySitInARegionWhenAsked() throws {
        try withTemporaryDirectory { folder in
            let content = newSite(in: folder)
            let outcome = EntityScaffold.write(parent: "oblast", id: "licey", level: .school, name: "Лицей", content: content)
            #expect(outcome.diagnostics.isEmpty)
            let school = try #require(ContentLoader(root: content).load().content?.entity("oblast/licey"))
            #expect(school.name == "Лицей")
            expectClean(content)
        }
    }

    @Test(arguments: [
        (EntityScaffold.topLevel, "shkola", Level.school, "level"),
        ("oblast/okrug", "rayon", Level.municipality, "level"),
        ("oblast/nowhere", "sosh", Level.school, "unknown-entity"),
        (EntityScaffold.topLevel, "Школа", Level.region, "slug"),
        (EntityScaffold.topLevel, "search", Level.region, "slug"),
        ("oblast", "roadmaps", Level.municipality, "slug"),
        ("oblast", "okrug", Level.municipality, "exists"),
    ])
    func misplacedEntitiesAreRefused(_ parent: String, _ id: String, _ level: Level, _ code: String) throws {
        try withTemporaryDirectory { folder in
            let content = newSite(in: folder)
            let before = try FileTree.read(URL(fileURLWithPath: content))
            let outcome = EntityScaffold.write(parent: parent, id: id, level: level, content: content)
            #expect(outcome.written.isEmpty)
            #expect(outcome.diagnostics.errors.map(\.code) == [code], "\(outcome.diagnostics.sorted.map(\.description))")
            #expect(try FileTree.read(URL(fileURLWithPath: content)) == before, "nothing was written")
        }
    }

    @Test func aNewRoadmapLoadsCleanAndNamesTheEntitysBody() throws {
        try withTemporaryDirectory { folder in
            let content = newSite(in: folder)
            _ = EntityScaffold.write(parent: "oblast/okrug", id: "sosh-1", content: content)
            let outcome = RoadmapScaffold.write(entity: "oblast/okrug/sosh-1", id: "plan-2027", content: content, year: 2027)
            #expect(outcome.written == [content + "/oblast/okrug/sosh-1/roadmaps/plan-2027.yaml"])
            expectClean(content)
            let roadmap = try #require(ContentLoader(root: content).load().content?.roadmaps.first { $0.id == "plan-2027" })
            #expect(roadmap.entityID == "oblast/okrug/sosh-1")
            #expect(roadmap.items.first?.responsible == ["ОО"], "the glossary's body of the school level")
        }
    }

    @Test(arguments: [("oblast/okrug", "soko-2026", "exists"), ("oblast/nowhere", "plan", "unknown-entity"), ("oblast/okrug", "План", "slug")])
    func roadmapsAreNeverOverwrittenNorMisplaced(_ entity: String, _ id: String, _ code: String) throws {
        try withTemporaryDirectory { folder in
            let content = newSite(in: folder)
            let before = try FileTree.read(URL(fileURLWithPath: content))
            let outcome = RoadmapScaffold.write(entity: entity, id: id, content: content)
            #expect(outcome.diagnostics.errors.map(\.code) == [code])
            #expect(try FileTree.read(URL(fileURLWithPath: content)) == before)
        }
    }
}
