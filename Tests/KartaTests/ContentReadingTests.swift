import Foundation
import KartaContent
import KartaModel
import Testing

/// What loading derives from an item: its read deadline, its cycle stage and its level.
@Suite("Reading items at load")
struct ContentReadingTests {
    static let roadmap = "oblast/gorod/roadmaps/msoko-2020.yaml"

    @Test func deadlinesAreReadWithThePeriodsFirstYear() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let content = try #require(site.load().content)
            let items = try #require(content.roadmaps.first).items
            #expect(items[0].schedule?.kind == .month(10, year: 2019))
            #expect(items[0].schedule?.text == "октябрь 2019")
            // «август» prints no year: it comes from the period (2019–2021) and is marked as inferred.
            #expect(items[3].schedule?.kind == .month(8, year: 2019))
            #expect(items[3].schedule?.isYearInferred == true)
            #expect(items[1].subitems.first?.schedule?.kind == .year(2020))
            #expect(DeadlineCoverage(content) == DeadlineCoverage(total: 5, parsed: 5))
        }
    }

    @Test func unreadableDeadlineIsAWarningAtItsCellAndKeptAsPrinted() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let cell = try site.replace(#"deadline: "ежегодно""#, with: #"deadline: "когда получится""#, in: Self.roadmap, pointingAt: #""когда"#)

            let result = site.load()
            #expect(result.diagnostics.errors.isEmpty)
            let warning = try #require(result.diagnostics.warnings.first { $0.code == "deadline-unparsed" })
            #expect(warning.location == SourceLocation(file: site.displayPath(Self.roadmap), line: cell.line, column: cell.column))
            let item = try #require(result.content?.roadmaps.first?.items[2])
            #expect(item.schedule == Deadline.unparsed("когда получится"))
            #expect(DeadlineCoverage(try #require(result.content)) == DeadlineCoverage(total: 5, parsed: 4))
        }
    }

    @Test func repairedDeadlineIsAWarning() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(#"deadline: "ежегодно""#, with: #"deadline: "Июль 2019-01-27""#, in: Self.roadmap)

            let result = site.load()
            #expect(result.diagnostics.warnings.map(\.code) == ["deadline-repaired"])
            #expect(result.content?.roadmaps.first?.items[2].schedule?.kind == .month(7, year: 2019))
        }
    }

    @Test func stageIsDerivedUnlessTheSourceSetsIt() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(
                #"text: "Мониторинг результатов оценочных процедур""#,
                with: "text: \"Мониторинг результатов оценочных процедур\"\n        stage: analysis\n        level: school", in: Self.roadmap)

            let items = try #require(site.load().content?.roadmaps.first?.items)
            #expect(items[0].stage == StageClassification(stage: .framework, matchedStem: items[0].stage.matchedStem))
            #expect(!items[0].stage.isExplicit)
            #expect(items[2].stage == .explicit(.analysis))
            #expect(items[2].level == .school)
            #expect(items[3].level == nil)
        }
    }

    @Test func unknownStageIsAnErrorAtTheValue() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(
                #"text: "Мониторинг результатов оценочных процедур""#,
                with: "text: \"Мониторинг результатов оценочных процедур\"\n        stage: planning", in: Self.roadmap)

            let errors = site.load().diagnostics.errors
            #expect(errors.count == 1)
            #expect(errors.first?.message.contains("planning") == true)
        }
    }
}
