import Foundation
import KartaContent
@testable import KartaDiff
import KartaModel
import KartaRender
import Testing

/// Issue 15, point 4: one identity for responsible bodies (`BodyIdentity`: territory and normalised name),
/// the same for the site's pages, the incremental build's plan and the diff.
@Suite("Body identity")
struct BodyIdentityTests {
    static let territories = TestPaths.fixtures.appendingPathComponent("territories")

    static func bodies(_ folder: URL) throws -> (SiteContent, ResponsibleBodies) {
        let content = try #require(ContentLoader(root: folder.path).load().content)
        return (content, ResponsibleBodies(content: content))
    }

    @Test(arguments: [
        // Case does not tell bodies apart: one page, with no «-2» address.
        ("руководители ОО", "Руководители ОО", "oblast/gorod-a"),
        // A variant the glossary declares is the body it is a variant of.
        ("Раб. группа при ИРО", "Рабочая группа при ИРО", "oblast"),
        ("Раб. группа при ИРО", "Рабочая группа при ИРО.", "oblast/gorod-b"),
        // ё, quotes, dashes and spaces do not either.
        ("Отдел «Образование»", "отдел \"образование\"", "oblast/gorod-a"),
    ])
    func spellingsOfOneBodyAreOneIdentity(_ first: String, _ second: String, _ entity: String) throws {
        let (content, _) = try Self.bodies(Self.territories)
        let identities = BodyIdentities(content: content)
        #expect(identities.identity(of: first, namedIn: entity) == identities.identity(of: second, namedIn: entity))
    }

    @Test func theBodyCasesAreOnePageEachOrTwoWhereTheyAreTwoBodies() throws {
        let (_, bodies) = try Self.bodies(Self.territories)
        let slugs = bodies.bodies.map(\.slug)
        #expect(!slugs.contains { $0.hasSuffix("-2") }, "\(slugs)")
        // «руководители ОО» and «Руководители ОО» of one municipality: one page.
        #expect(slugs.filter { $0.hasPrefix("rukovoditeli-oo") } == ["rukovoditeli-oo-gorod-a", "rukovoditeli-oo-gorod-b"])
        // «Раб. группа при ИРО» and «Рабочая группа при ИРО»: one page, as the glossary declares the variant.
        #expect(bodies.bodies.filter { $0.name.lowercased().contains("группа") }.map(\.slug) == ["rabochaya-gruppa-pri-iro"])
        // «(МОиПО, РУМО).» names two bodies, each on its own page; neither is the cell as printed.
        #expect(slugs.contains("moipo") && slugs.contains("rumo"))
        #expect(!bodies.bodies.contains { $0.name.contains("(") })
        // A generic body is its territory's: «Отдел образования» of Альфа and of Бета, «МОУО» of each municipality
        // and of the region (named in the region's roadmap).
        #expect(slugs.filter { $0.hasPrefix("otdel-obrazovaniya") } == ["otdel-obrazovaniya-gorod-a", "otdel-obrazovaniya-gorod-b"])
        #expect(Set(slugs.filter { $0.hasPrefix("mouo") }) == ["mouo-gorod-a", "mouo-gorod-b", "mouo-gorod-c", "mouo-oblast"])
        let otdel = try #require(bodies.bodies.first { $0.slug == "otdel-obrazovaniya-gorod-a" })
        #expect(otdel.identity == BodyIdentity(territory: "oblast/gorod-a", name: "отдел образования"))
        // A body the glossary places at the region belongs to the region whoever names it.
        #expect(bodies.bodies.first { $0.slug == "moipo" }?.identity.territory == "oblast")
    }

    @Test func aBodysPageSaysWhoseItIsAndCountsItsRowsAtItsOwnLevel() throws {
        let site = try RenderedSite.render(content: Self.territories)
        let page = try site.page("responsible/mouo-oblast/index.html")
        #expect(page.contains("Территория: <a href=\"../../oblast/index.html\">Тестовая область</a>"))
        #expect(page.contains("<title>МОУО (Тестовая область)"), "a name several territories use is titled with its territory")
        // The row «МОиПО, МОУО» is regional by its first body; on МОУО's page it is municipal, МОУО's own level.
        let load = try #require(page.range(of: "<caption id=\"load-caption\">")).upperBound
        let table = String(page[load...].prefix(while: { $0 != "/" || true }).prefix(800))
        #expect(table.contains("<td>1</td><td>0</td><td>1</td><td>0</td>"), "\(table)")
        #expect(page.contains("муниципальный"), "the row's level is the body's own")
        // The index tells the bodies of one name apart by their territory.
        let index = try site.page("responsible/index.html")
        #expect(index.contains("МОУО</abbr> (Альфа)") && index.contains("МОУО</abbr> (Тестовая область)"))
        // Each name in the list is expanded by its own territory's glossary.
        #expect(index.contains("<abbr title=\"\(TerritoryGlossaryTests.alpha)\">ИМЦ</abbr> (Альфа)"))
        #expect(index.contains("<abbr title=\"\(TerritoryGlossaryTests.beta)\">ИМЦ</abbr> (Бета)"))
    }

    /// Every party text of the bundled content: the roadmaps' (items and sub-items), the plans' (as read into
    /// activities) and the names entities answer to, by the entity whose document names them.
    static func bundledParties() throws -> (SiteContent, [(entity: String, text: String)]) {
        let content = try #require(ContentLoader(root: TestPaths.packageRoot.appendingPathComponent("Content").path).load().content)
        var parties: Set<[String]> = []
        for roadmap in content.roadmaps {
            for item in roadmap.items {
                for text in item.responsible + item.subitems.flatMap(\.responsible) { parties.insert([roadmap.entityID, text]) }
            }
        }
        for activity in ActivityIndex(content: content).activities {
            for text in activity.parties { parties.insert([activity.entityID, text]) }
        }
        for entity in content.entities {
            for text in entity.responsibleAs { parties.insert([entity.id, text]) }
        }
        return (content, parties.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0[0], $0[1]) })
    }

    @Test func theSiteAndTheDiffAgreeOnEveryPairOfBundledParties() throws {
        let (content, parties) = try Self.bundledParties()
        #expect(parties.count > 40)
        let site = BodyIdentities(content: content)
        let diff = PartyResolver(glossaries: [content.glossary])
        // What each names: the site's bodies (people are not bodies) and the diff's keys (people left out).
        func siteNames(_ party: (entity: String, text: String)) -> [String] {
            site.bodies(in: party.text, namedIn: party.entity).map(\.identity.name)
        }
        func diffNames(_ party: (entity: String, text: String)) -> [String] {
            diff.parties([party.text]).map(\.key).filter { !$0.hasPrefix("@") }.map { $0.hasPrefix("=") ? String($0.dropFirst()) : $0 }
        }
        let siteSays = parties.map(siteNames)
        let diffSays = parties.map(diffNames)
        for (index, party) in parties.enumerated() {
            #expect(siteSays[index] == diffSays[index], "\(party.entity): «\(party.text)»")
        }
        // So for every pair of distinct party texts of one entity: the same body for the site exactly when for the diff.
        var disagreements: [String] = []
        for first in parties.indices {
            for second in parties.indices where second > first && parties[first].entity == parties[second].entity {
                let sameForSite = site.identity(of: parties[first].text, namedIn: parties[first].entity)
                    == site.identity(of: parties[second].text, namedIn: parties[second].entity)
                let sameForDiff = Set(diffSays[first]) == Set(diffSays[second]) && diffSays[first].count == 1
                if sameForSite != sameForDiff, siteSays[first].count == 1, siteSays[second].count == 1 {
                    disagreements.append("«\(parties[first].text)» / «\(parties[second].text)»")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    @Test func bundledGenericBodiesBelongToTheTerritoryThatNamesThem() throws {
        let content = try #require(ContentLoader(root: TestPaths.packageRoot.appendingPathComponent("Content").path).load().content)
        let bodies = ResponsibleBodies(content: content)
        let slugs = bodies.bodies.map(\.slug)
        #expect(!slugs.contains("rukovoditeli-oo-2"), "«руководители ОО» and «Руководители ОО» are one page")
        #expect(slugs.filter { $0.hasPrefix("rukovoditeli-oo") }.count == 1)
        let otdel = try #require(bodies.bodies.first { $0.name == "Отдел образования" })
        #expect(otdel.identity.territory == "tambovskaya-oblast/rasskazovskiy-rayon")
        // «Раб. группа при ИРО» and «Рабочая группа при ИРО»: one page, as the glossary says «Раб. группа» is «рабочая группа».
        #expect(bodies.bodies.filter { ["Раб. группа при ИРО", "Рабочая группа при ИРО"].contains($0.name) }.count == 1)
        #expect(!slugs.contains("rabochaya-gruppa-pri-iro") || !slugs.contains("rab-gruppa-pri-iro"))
        // «(МОиПО СО, РУМО).» is two bodies.
        #expect(!bodies.bodies.contains { $0.name.contains("(МОиПО СО") })
        #expect(slugs.contains("moipo-so") && slugs.contains("rumo"))
    }
}
