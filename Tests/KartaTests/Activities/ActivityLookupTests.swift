import Foundation
import KartaContent
import KartaModel
import KartaRender
import Testing

/// The lookup's counts stand in for the lists on the home, year, analysis and body index pages; each
/// must be the length of the list it counts, and the index must keep content order when built on both cores.
struct ActivityLookupTests {
    @Test(arguments: [TestPaths.validContent.path, TestPaths.packageRoot.appendingPathComponent("Content").path])
    func countsAreTheLengthsOfTheLists(_ root: String) throws {
        let content = try #require(ContentLoader(root: root).load().content)
        let bodies = BodyIdentities(content: content)
        let index = ActivityIndex(content: content, bodies: bodies)
        let lookup = ActivityLookup(index, bodies: bodies)
        for id in content.entities.map(\.id) + ["no-such-entity"] {
            #expect(lookup.ownedCount(by: id) == lookup.owned(by: id).count, "\(id)")
        }
        for year in index.years + [1900] {
            #expect(lookup.dueCount(in: year) == lookup.due(in: year).count, "\(year)")
        }
        for direction in content.directions.map(\.id) + ["no-such-direction"] {
            #expect(lookup.countInDirection(direction) == lookup.inDirection(direction).count, "\(direction)")
        }
        let named = Set(index.activities.flatMap { bodies.bodies(of: $0).map(\.identity) })
        #expect(!named.isEmpty)
        // The body pages: each named body once, with the first activity, in index order, to name it.
        let firstNamings = lookup.firstNamings()
        #expect(Set(firstNamings.map(\.identity)) == named.filter { !$0.name.isEmpty })
        for (body, activity) in firstNamings {
            let first = index.activities.first { bodies.bodies(of: $0).contains { $0.identity == body } }
            #expect(activity.id == first?.id, "\(body.name)")
        }
        #expect(ResponsibleBodies(lookup: lookup, identities: bodies).bodies.count == firstNamings.count)
        for body in named {
            #expect(lookup.namingCount(body) == index.activities.filter { bodies.bodies(of: $0).contains { $0.identity == body } }.count, "\(body.name)")
        }
    }

    @Test(arguments: [TestPaths.validContent.path, TestPaths.packageRoot.appendingPathComponent("Content").path])
    func indexKeepsContentOrder(_ root: String) throws {
        let content = try #require(ContentLoader(root: root).load().content)
        let index = ActivityIndex(content: content)
        let expected = content.roadmaps.flatMap { roadmap in roadmap.sections.flatMap { $0.items.map { Activity.id(of: $0, in: roadmap) } } }
        #expect(Array(index.activities.filter { $0.source == .roadmap }.map(\.id)) == expected)
    }
}

/// Memo keys and body identities compare bytes: canonically equivalent spellings stay two keys.
struct TextKeyTests {
    static let precomposed = "\u{0439}ога", decomposed = "\u{0438}\u{0306}ога"

    @Test func canonicallyEquivalentTextsAreTwoKeys() {
        #expect(precomposedEqualsDecomposedAsStrings)
        #expect(TextKey(Self.precomposed) != TextKey(Self.decomposed))
        #expect(Set([TextKey(Self.precomposed), TextKey(Self.decomposed), TextKey(Self.precomposed + "")]).count == 2)
        #expect(TextKey("ИРО") == TextKey("Раб. группа при ИРО".suffix(3)))
        #expect(TextKey("") == TextKey(""[...]))
    }

    @Test func bodyIdentitiesCompareBytesAndTerritory() {
        let body = BodyIdentity(territory: "oblast/gorod", name: Self.precomposed)
        #expect(body == BodyIdentity(territory: "oblast/" + "gorod", name: String(Self.precomposed.unicodeScalars)))
        #expect(body != BodyIdentity(territory: "oblast/gorod", name: Self.decomposed))
        #expect(body != BodyIdentity(territory: nil, name: Self.precomposed))
        #expect(BodyIdentity(territory: "", name: "ОО") != BodyIdentity(territory: nil, name: "ОО"))
        #expect(Set([body, BodyIdentity(territory: "oblast/gorod", name: Self.precomposed), BodyIdentity(territory: nil, name: Self.precomposed)]).count == 2)
    }

    var precomposedEqualsDecomposedAsStrings: Bool { Self.precomposed == Self.decomposed }
}
