import Foundation
import KartaContent
import KartaModel
@testable import KartaRender
import Testing

/// What each entity's pages read of the activities, gathered once per build, is what each page
/// gathered for itself.
@Suite("Entity activities gathered once")
struct EntityActivitiesTests {
    @Test(arguments: ["valid", "bundled"])
    func gatheredOnceEqualsGatheredPerPage(_ site: String) throws {
        let folder = site == "valid" ? TestPaths.validContent : TestPaths.packageRoot.appendingPathComponent("Content")
        let content = try #require(ContentLoader(root: folder.path).load().content)
        let builder = ViewBuilder(content: content)
        var withActivities = 0
        for entity in content.entities {
            let gathered = EntityActivities.gather(entity, content: content, lookup: builder.lookup, bodies: builder.bodies)
            #expect(builder.activities(of: entity).map(\.location) == gathered.map(\.location), "\(entity.id)")
            let years = Array(Set(gathered.flatMap(\.years))).sorted()
            #expect(builder.entityActivities.years(of: entity.id) == years, "\(entity.id)")
            for year in years {
                #expect(builder.entityActivities.count(of: entity.id, in: year) == gathered.filter { $0.years.contains(year) }.count)
            }
            if !gathered.isEmpty { withActivities += 1 }
        }
        #expect(withActivities > 1)
    }
}
