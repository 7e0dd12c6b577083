import Foundation
import KartaModel
import KartaSite
import Testing

/// The report page as built: its generated sections, the charts with their text alternatives and
/// data tables, the links to it, and the catalogue.
@Suite("Report pages")
struct ReportPageTests {
    static let page = "oblast/gorod/reports/2020/index.html"

    func render() throws -> RenderedSite {
        try withTemporaryDirectory { folder in try RenderedSite.render(content: try ReportFixture.make(in: folder).root) }
    }

    @Test func reportPageMatchesItsSnapshot() throws {
        try GoldenFile.assertMatches(try render().page(Self.page), named: "report")
    }

    /// The body keeps the execution summary by direction; the full list follows the body as «Приложение».
    @Test func executionListIsAnAppendixAfterTheBody() throws {
        let html = try render().page(Self.page)
        let summary = try #require(html.range(of: "<table class=\"report-summary\">"))
        let bodyEnd = try #require(html.range(of: "<section class=\"report-section report-appendix\""))
        let appendixTitle = try #require(html.range(of: "\">Приложение. Исполнение"))
        let firstList = try #require(html.range(of: "<table class=\"roadmap report-activities\""))
        #expect(summary.lowerBound < bodyEnd.lowerBound)
        #expect(bodyEnd.lowerBound < appendixTitle.lowerBound && appendixTitle.lowerBound < firstList.lowerBound)
        #expect(html.contains("<a href=\"#report-2-execution-appendix\">Перечень мероприятий по направлениям</a>"))
        #expect(html.contains("<tr><th scope=\"row\"><a href=\"#report-2-execution-1\">"), "summary rows lead to their lists")
    }

    @Test func demoReportSaysSoAtTheTop() throws {
        let html = try render().page(Self.page)
        let banner = try #require(html.range(of: "Демонстрационные данные."))
        let body = try #require(html.range(of: "class=\"report-body\""))
        #expect(banner.lowerBound < body.lowerBound)
    }

    @Test func executionCountsStatusesByDirectionAndMarksOverdueActivities() throws {
        let html = try render().page(Self.page)
        // normative-base-2 («2019–2020») is in progress after its one-off deadline; training-quality-1
        // («ежегодно») is in progress and on course; training-quality-2 («август» = 2019) is not due.
        #expect(html.contains("<tr role=\"row\" class=\"status-in-progress overdue\">"))
        #expect(html.contains("Проект положения обсуждён"))
        #expect(html.contains("<tr role=\"row\" class=\"status-in-progress\">"))
        #expect(!html.contains("#item-training-quality-2\""))
        #expect(html.contains("<tr><th scope=\"row\">Всего</th><td>2</td><td>0</td><td>2 (100\u{00A0}%)</td><td>0</td><td>0</td><td>1 (50\u{00A0}%)</td></tr>"))
    }

    @Test func indicatorsTableComparesWithThePreviousYearAndTheTarget() throws {
        let html = try render().page(Self.page)
        #expect(html.contains("<td class=\"num change\">▲\u{00A0}+2,3\u{00A0}п.п.</td>"))
        // 2.1.1 has no 2019 row: no previous value, no change, but a verdict against its target.
        let missing = try #require(html.range(of: "<th scope=\"row\">2.1.1</th>"))
        let row = html[missing.lowerBound...].prefix(900)
        #expect(row.contains("<td class=\"num\">нет данных</td>"))
        #expect(row.contains("<td class=\"num change\">—</td>"))
        #expect(row.contains("Целевое значение достигнуто"))
        // 2.2.1 is «lower is better» and rose: a worsening, target missed.
        let lower = try #require(html.range(of: "<th scope=\"row\">2.2.1</th>"))
        let lowerRow = html[lower.lowerBound...].prefix(900)
        #expect(lowerRow.contains("лучше — ниже"))
        #expect(lowerRow.contains("Целевое значение не достигнуто; ухудшение"))
        #expect(lowerRow.contains("71,4\u{00A0}%"))
    }

    @Test func everyChartHasTitleDescAndADataTable() throws {
        let html = try render().page(Self.page)
        let charts = html.components(separatedBy: "<svg ").dropFirst()
        #expect(charts.count == 2, "one target chart and one dynamics chart (1.1.1)")
        for chart in charts {
            let svg = chart.components(separatedBy: "</svg>")[0]
            #expect(svg.contains("role=\"img\""))
            #expect(svg.contains("<title id=\""))
            #expect(svg.contains("<desc id=\""))
        }
        #expect(html.components(separatedBy: "<caption id=\"report-").count - 1 >= 3, "tables of execution and indicators plus the chart data")
        #expect(html.contains("Данные рисунка 1"))
        #expect(html.contains("Данные рисунка 2"))
        #expect(html.contains("<desc id=\"report-7-chart-1-desc\">Значения по годам: 2018 — 80,1; 2019 — 83,2 (цель 85); 2020 — 85,5 (цель 90).</desc>"))
    }

    @Test func entityAndHomePagesLinkTheLatestReport() throws {
        let site = try render()
        let entity = try site.page("oblast/gorod/index.html")
        #expect(entity.contains("<a href=\"../../oblast/gorod/reports/2020/index.html\">Итоговый отчет"))
        #expect(entity.contains("<a href=\"../../oblast/gorod/reports/index.html\">Все отчёты</a>"))
        let home = try site.page("index.html")
        #expect(home.contains("<a href=\"oblast/gorod/reports/2020/index.html\">"))
        let index = try site.page("oblast/gorod/reports/index.html")
        #expect(index.contains("<a href=\"../../../oblast/gorod/reports/2020/index.html\">"))
    }

    @Test func printStyleCarriesTheRunningTitleAsACSSString() throws {
        let html = try render().page(Self.page)
        #expect(html.contains("<style>@page { @top-center { content: \"О состоянии системы образования: Городской округ Тестовый, 2020 год · демонстрационные данные\"; } }"))
    }

    @Test func catalogueListsReports() throws {
        try withTemporaryDirectory { folder in
            let site = try ReportFixture.make(in: folder)
            let output = folder.appendingPathComponent("out")
            let report = site.builder(output: output).build()
            #expect(report.succeeded, "\(report.diagnostics.sorted.map(\.description))")
            let data = try Data(contentsOf: output.appendingPathComponent("data/index.json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let reports = try #require(json["reports"] as? [[String: Any]])
            #expect(reports.count == 1)
            #expect(reports.first?["entity"] as? String == "oblast/gorod")
            #expect(reports.first?["year"] as? Int == 2020)
            #expect(reports.first?["url"] as? String == "oblast/gorod/reports/2020/")
            #expect(reports.first?["pdf"] == nil, "no PDF without --pdf")
            #expect(reports.first?["demo"] as? Bool == true)
        }
    }
}
