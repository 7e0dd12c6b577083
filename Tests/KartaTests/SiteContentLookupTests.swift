import Foundation
import KartaContent
import KartaModel
import Testing

/// An entity's roadmaps, tables, reports and indicators are found by binary search over the sorted lists;
/// they must be exactly what a scan of the whole site finds, for every entity and for names of none.
struct SiteContentLookupTests {
    @Test(arguments: [TestPaths.validContent.path, TestPaths.packageRoot.appendingPathComponent("Content").path])
    func lookupsEqualAScanOfTheWholeSite(_ root: String) throws {
        let content = try #require(ContentLoader(root: root).load().content)
        let ids = content.entities.map(\.id) + ["", "aaa", "zzz", "oblast/", "no-such-entity"]
        for id in ids {
            #expect(content.roadmaps(of: id).map(\.id) == content.roadmaps.filter { $0.entityID == id }.map(\.id), "\(id)")
            #expect(content.expectedResults(of: id).map(\.id) == content.expectedResults.filter { $0.entityID == id }.map(\.id), "\(id)")
            #expect(content.plans(of: id).map(\.id) == content.plans.filter { $0.entityID == id }.map(\.id), "\(id)")
            #expect(content.reports(of: id).map(\.year) == content.reports.filter { $0.entityID == id }.map(\.year), "\(id)")
            #expect(content.indicators(of: id)?.entityID == content.indicatorTables.first { $0.entityID == id }?.entityID, "\(id)")
        }
        #expect(content.roadmaps.contains { !content.roadmaps(of: $0.entityID).isEmpty })
    }
}
