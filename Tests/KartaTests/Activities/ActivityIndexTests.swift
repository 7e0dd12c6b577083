import Foundation
import KartaContent
import KartaModel
import Testing

/// Every activity of roadmaps and plans in one index: its level (stated, from its bodies, from its entity), its
/// years with yearly deadlines expanded over the period, and plan rows in their year.
@Suite("Activity index")
struct ActivityIndexTests {
    static let roadmap = "oblast/gorod/roadmaps/msoko-2020.yaml"

    func index(_ change: ((ContentFixture) throws -> Void)? = nil) throws -> ActivityIndex {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try change?(site)
            let result = site.load()
            #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted.map(\.description))")
            return ActivityIndex(content: try #require(result.content))
        }
    }

    @Test func roadmapItemsThenPlanCells() throws {
        let index = try index()
        #expect(index.activities.map(\.source) == [.roadmap, .roadmap, .roadmap, .roadmap, .plan, .plan, .plan, .plan])
        #expect(index.activities.map(\.id).count == Set(index.activities.map(\.id)).count)
        #expect(index.years == [2018, 2019, 2020, 2021])
        // Ids are made from the activity's fields when asked; a roadmap item's is the one pages look it up by.
        for activity in index.activities {
            let expected = activity.source == .roadmap
                ? "roadmap:\(activity.entityID)/\(activity.documentID)#\(activity.rowID)"
                : "plan:\(activity.entityID)/\(activity.documentID)#\(activity.rowID)/\(activity.level.rawValue)"
            #expect(activity.id == expected)
        }
        #expect(index.activities.last?.id.hasPrefix("plan:") == true)
        #expect(index.activities.last?.id.hasSuffix("/school") == true)
    }

    /// `level:` wins; then the first responsible body whose glossary entry has a level; then the entity's level.
    @Test(arguments: [
        // (responsible, level:, expected level, expected source)
        (#"["МОУО"]"#, nil, Level.municipality, LevelSource.responsible),
        (#"["ОО", "МОУО"]"#, nil, .school, .responsible),
        (#"["МОУО УО"]"#, nil, .municipality, .responsible),
        (#"["ИРО"]"#, nil, .region, .responsible),
        (#"["Кто-то ещё", "ОО"]"#, nil, .school, .responsible),
        (#"["Кто-то ещё"]"#, nil, .municipality, .entity),
        (#"["ОО"]"#, "region", .region, .explicit),
    ] as [(String, String?, Level, LevelSource)])
    func levelComesFromTheItemThenItsBodiesThenItsEntity(_ parties: String, _ stated: String?, _ level: Level, _ source: LevelSource) throws {
        let index = try index { site in
            var replacement = "responsible: \(parties)"
            if let stated { replacement += "\n        level: \(stated)" }
            try site.replace(#"responsible: ["МОУО"]"#, with: replacement, in: Self.roadmap)
        }
        let first = try #require(index.activities.first)
        #expect(first.level == level)
        #expect(first.levelSource == source)
    }

    @Test func aSchoolNamedAsResponsibleGivesItsLevel() throws {
        let index = try index { site in
            try site.replace(#"responsible_as: ["ОО"]"#, with: #"responsible_as: ["СОШ № 1"]"#, in: "oblast/gorod/shkola-1/entity.yaml")
            try site.replace(#"responsible: ["МОУО"]"#, with: #"responsible: ["СОШ № 1"]"#, in: Self.roadmap)
        }
        #expect(index.activities.first?.level == .school)
        #expect(index.activities.first?.levelSource == .responsible)
    }

    @Test func yearlyDeadlinesFallInEveryYearOfThePeriod() throws {
        let index = try index()
        let byID = Dictionary(uniqueKeysWithValues: index.activities.map { ($0.id, $0) })
        let annual = try #require(byID["roadmap:oblast/gorod/msoko-2020#training-quality-1"])
        #expect(annual.years == [2019, 2020, 2021])
        #expect(annual.months(in: 2020) == [])
        let august = try #require(byID["roadmap:oblast/gorod/msoko-2020#training-quality-2"])
        #expect(august.years == [2019])
        #expect(august.months(in: 2019) == [8])
        // «2019–2020» on the item and «2020» on its sub-item.
        let withSubitem = try #require(byID["roadmap:oblast/gorod/msoko-2020#normative-base-2"])
        #expect(withSubitem.years == [2019, 2020])
        #expect(index.activities(in: 2021).map(\.id) == ["roadmap:oblast/gorod/msoko-2020#training-quality-1"])
    }

    @Test func planCellsBelongToTheirRowsYearAndTheirBracketsMonths() throws {
        let index = try index()
        let plan = index.activities.filter { $0.source == .plan }
        #expect(plan.map(\.level) == [.region, .school, .region, .school])
        #expect(plan.map(\.levelSource) == Array(repeating: .plan, count: 4))
        #expect(plan.map(\.planYear) == [2018, 2018, 2018, 2018])
        // «(Март 2019 г., ИРО)» adds March 2019 to the 2018 row and names ИРО as responsible.
        #expect(plan[2].years == [2018, 2019])
        #expect(plan[2].months(in: 2019) == [3])
        #expect(plan[2].parties == ["ИРО"])
        #expect(plan[3].parties.isEmpty)
    }

    @Test func coverageCountsStagesAndNamesTheGaps() throws {
        let index = try index()
        let roadmap = index.activities.filter { $0.source == .roadmap }
        let coverage = CycleCoverage(roadmap)
        #expect(coverage.count("normative-base", .framework) == 2)
        #expect(coverage.count("training-quality", .monitoring) == 1)
        #expect(coverage.count("training-quality", .analysis) == 1)
        // Goals are evidenced by the normative base, never in a direction without one.
        #expect(coverage.isCovered("normative-base", .goals))
        #expect(!coverage.isCovered("training-quality", .goals))
        #expect(coverage.gaps("training-quality") == [.goals, .indicators, .methods, .recommendations, .measures, .decisions, .effectiveness])
        #expect(coverage.gaps("upbringing") == CycleStage.cycle)
    }
}
