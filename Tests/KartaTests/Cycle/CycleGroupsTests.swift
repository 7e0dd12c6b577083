import KartaContent
import KartaModel
@testable import KartaRender
import Testing

/// The cycle coverage grouped once per build is the coverage a page got by filtering every activity.
@Suite("Cycle groups")
struct CycleGroupsTests {
    @Test func groupedCoverageEqualsFilteredCoverage() throws {
        let content = try #require(ContentLoader(root: TestPaths.validContent.path).load().content)
        let builder = ViewBuilder(content: content)
        let all = builder.activities.activities
        #expect(builder.cycles.subjects == builder.cycleSubjects(of: all))
        #expect(!builder.cycles.subjects.isEmpty)
        for subject in builder.cycles.subjects {
            let filtered = CycleCoverage(all.filter { ViewBuilder.CycleSubject(of: $0) == subject })
            #expect(builder.cycles.coverage(of: subject).counts == filtered.counts, "\(subject)")
        }
    }
}
