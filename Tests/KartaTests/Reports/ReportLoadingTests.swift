import Foundation
import KartaContent
import KartaModel
import Testing

/// `reports/YYYY.md`: front matter, the `karta` directives in the body, and the checks against the
/// roadmaps, expected results and indicators a report draws on.
@Suite("Report sources")
struct ReportLoadingTests {
    /// The load result, the fixture (for display paths; its folder is gone) and the report's text.
    func load(_ change: (ContentFixture) throws -> Void = { _ in }) throws -> (ContentLoader.Result, ContentFixture, String) {
        try withTemporaryDirectory { folder in
            let site = try ReportFixture.make(in: folder)
            try change(site)
            return (site.load(), site, try site.read(ReportFixture.report))
        }
    }

    @Test func reportWithItsSectionsLoadsWithoutErrors() throws {
        let (result, site, text) = try load()
        #expect(result.diagnostics.errors.isEmpty, "\(result.diagnostics.sorted.map(\.description))")
        let report = try #require(result.content?.reports.first)
        #expect(report.entityID == ReportFixture.entity)
        #expect(report.year == 2020)
        #expect(report.isDemo)
        #expect(report.compiledBy == "Управление образованием городского округа Тестовый")
        #expect(report.date == CalendarDate(year: 2021, month: 10, day: 20))
        #expect(report.contacts.map(\.label) == ["Телефон"])
        #expect(report.sections.map(\.kind) == [.execution, .expectedResults, .indicators, .chart, .chart])
        #expect(report.sections.map(\.headingLevel) == [4, 4, 3, 3, 3], "one level below the Markdown heading above each block")
        #expect(report.sections[2].title == "Показатели 2020 года")
        #expect(report.sections[3].chart == .target)
        #expect(report.sections[4].codes == ["1.1"])
        let fence = try #require(TextPosition.of("```karta execution", in: text))
        #expect(report.sections[0].location == SourceLocation(file: site.displayPath(ReportFixture.report), line: fence.line, column: 1))
        // The fenced `text` sample holds a directive's text but is not one: it stays in the Markdown.
        let markdown = report.blocks.compactMap { if case .markdown(let text, _) = $0 { text } else { nil } }.joined()
        #expect(markdown.contains("```karta indicators"))
        #expect(report.execution.map(\.itemID) == ["normative-base-2"])
        #expect(report.execution.first?.status == .inProgress)
    }

    struct BadReport: Sendable, CustomTestStringConvertible {
        var name: String
        var old: String
        var new: String
        var marker: String
        var code: String
        var severity: Diagnostic.Severity = .error
        var testDescription: String { name }
    }

    static let bad: [BadReport] = [
        BadReport(name: "an unknown section", old: "```karta execution", new: "```karta executon", marker: "```karta executon", code: "directive"),
        BadReport(name: "an unknown option", old: "title: \"Показатели 2020 года\"", new: "titel: \"Показатели\"", marker: "titel", code: "unknown-key"),
        BadReport(name: "a chart without a type", old: "```karta chart\ntype: target\n", new: "```karta chart\n", marker: "```karta chart", code: "missing-field"),
        BadReport(name: "a chart type that does not exist", old: "type: target", new: "type: pie", marker: "pie", code: "value"),
        BadReport(name: "an unknown roadmap in execution", old: "  msoko-2020:\n", new: "  msoko-2021:\n", marker: "msoko-2021", code: "unknown-roadmap"),
        BadReport(name: "an unknown activity", old: "normative-base-2: {", new: "normative-base-9: {", marker: "normative-base-9", code: "unknown-item"),
        BadReport(name: "an unknown status", old: "{status: in-progress,", new: "{status: half-done,", marker: "half-done", code: "value"),
        BadReport(
            name: "an activity not due in the year", old: "normative-base-2: {", new: "training-quality-2: done\n    normative-base-2: {",
            marker: "training-quality-2", code: "not-due", severity: .warning),
        BadReport(name: "a year that is not the file's", old: "year: 2020", new: "year: 2021", marker: "2021", code: "value"),
        BadReport(name: "an unknown roadmap in a section", old: "```karta execution\n", new: "```karta execution\nroadmaps: [nothing]\n", marker: "```karta execution", code: "unknown-roadmap"),
        BadReport(
            name: "an indicator code that matches nothing", old: "```karta chart\ntype: dynamics\ncodes: [\"1.1\"]", new: "```karta chart\ntype: dynamics\ncodes: [\"9\"]",
            marker: "```karta chart", code: "unknown-indicator", severity: .warning),
    ]

    @Test(arguments: bad)
    func problemIsReportedAtItsPlace(_ bad: BadReport) throws {
        var position: TextPosition?
        let (result, site, _) = try load { site in
            position = try site.replace(bad.old, with: bad.new, in: ReportFixture.report, pointingAt: bad.marker)
        }
        let found = result.diagnostics.all.filter { $0.severity == bad.severity }
        #expect(found.map(\.code).contains(bad.code), "\(result.diagnostics.sorted.map(\.description))")
        let expected = try #require(position)
        let diagnostic = try #require(found.first { $0.code == bad.code })
        #expect(diagnostic.location == SourceLocation(file: site.displayPath(ReportFixture.report), line: expected.line, column: expected.column), "\(diagnostic)")
    }

    @Test func unclosedDirectiveIsAnError() throws {
        let (result, _, _) = try load { site in
            try site.write("---\ntitle: \"Отчёт\"\n---\n## I.\n\n```karta indicators\ncodes: [1]\n", to: ReportFixture.report)
        }
        #expect(result.diagnostics.errors.map(\.code) == ["directive"])
        #expect(result.diagnostics.errors.first?.location.line == 6)
    }

    @Test func reportsMustBeNamedAfterTheirYear() throws {
        let (result, site, _) = try load { site in
            try site.write("---\ntitle: \"Отчёт\"\n---\n", to: "oblast/gorod/reports/annual.md")
        }
        let warning = try #require(result.diagnostics.warnings.first { $0.location.file == site.displayPath("oblast/gorod/reports/annual.md") })
        #expect(warning.code == "ignored")
        #expect(result.content?.reports.count == 1)
    }

    @Test func sectionsWaitingForContentAreWarningsNotErrors() throws {
        let (result, _, _) = try load { site in
            try FileManager.default.removeItem(at: site.url(ReportFixture.indicators))
            try FileManager.default.removeItem(at: site.url("oblast/gorod/roadmaps/msoko-2020.yaml"))
            try site.write("---\ntitle: \"Отчёт\"\n---\n```karta execution\n```\n\n```karta indicators\n```\n", to: ReportFixture.report)
        }
        #expect(result.diagnostics.errors.isEmpty, "\(result.diagnostics.sorted.map(\.description))")
        let codes = Set(result.diagnostics.warnings.map(\.code))
        #expect(codes.isSuperset(of: ["empty-section", "no-indicators"]))
    }
}
