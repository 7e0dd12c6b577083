import Foundation
import KartaDiff
@testable import KartaDiffRender
import KartaModel
import KartaRender
import Testing

/// A report's `execution:` compared by meaning: per activity, its status and result in the site's words.
@Suite("karta diff: report execution")
struct ExecutionDiffTests {
    static let report = "oblast/gorod/reports/2024.md"

    /// The diff of the fixture's 2024 report (and all else) after `edit` changed the new copy.
    func diff(_ edit: (ContentFixture) throws -> Void) throws -> ContentDiff {
        try withTemporaryDirectory { folder in
            let fixture = try DiffFixture.make(in: folder)
            try edit(fixture.new)
            return try fixture.diff()
        }
    }

    func statusChanged() throws -> ContentDiff {
        try diff { try $0.replace("    tq-1: not-done", with: "    tq-1: done", in: Self.report) }
    }

    @Test func oneStatusChangedIsOneActivity() throws {
        let diff = try statusChanged()
        #expect(diff.changedDocuments == ["report:2024"])
        let report = try #require(diff.prose(.report, "2024"))
        #expect(report.metadata.isEmpty, "execution is not compared as front-matter text")
        #expect(report.execution.count == 1)
        let change = try #require(report.execution.first)
        #expect(change.entry.itemID == "tq-1" && change.entry.roadmapID == "msoko" && change.entry.number == "2.1")
        #expect(change.oldStatus == .notDone && change.newStatus == .done && change.result == nil)
        #expect(change.changeNumber == 1)
        #expect(report.counts.changed == 1 && report.counts.execution == 1 && report.counts.hidden == 0)
        #expect(DiffWording.summary(report.counts, kind: .report) == "✎ изменено исполнение 1 мероприятия")
    }

    @Test func resultIsComparedWordByWord() throws {
        let report = try #require(try diff { try $0.replace("3 семинара", with: "4 семинара", in: Self.report) }.prose(.report, "2024"))
        let change = try #require(report.execution.first)
        #expect(!change.statusChanged)
        #expect(change.result?.segments.contains(.inserted("4")) == true)
        #expect(change.result?.deltas.first?.change == 1)
    }

    /// A record that repeats what the roadmap already says publishes nothing new.
    @Test func recordThatRepeatsTheRoadmapIsNoChange() throws {
        let diff = try diff { try $0.replace("    nb-1: done\n", with: "    nb-1: done\n    nb-2: no-data\n", in: Self.report) }
        #expect(diff.changedDocuments.isEmpty)
        #expect(!diff.hasChanges)
    }

    /// A record removed falls back to the roadmap: its status becomes «нет данных» when the roadmap has none.
    @Test func recordRemovedFallsBackToTheRoadmap() throws {
        let report = try #require(try diff { try $0.remove("    nb-1: done\n", in: Self.report) }.prose(.report, "2024"))
        let change = try #require(report.execution.first)
        #expect(report.execution.count == 1)
        #expect(change.entry.itemID == "nb-1" && change.oldStatus == .done && change.newStatus == .noData)
    }

    @Test func typographyOfAResultIsHidden() throws {
        let diff = try diff { try $0.replace("3 семинара из 5", with: "3\u{00A0}семинара из 5", in: Self.report) }
        let report = try #require(diff.prose(.report, "2024"))
        #expect(report.execution.isEmpty && !diff.hasChanges)
        #expect(report.hidden.map(\.field) == ["execution-result"])
    }

    @Test func markdownNamesTheActivityAndTheStatusesInRussian() throws {
        let markdown = DiffReport(try statusChanged()).markdown()
        #expect(markdown.contains(
            "- ✎ п. 2.1 «Проведение региональных диагностических работ по функциональной грамотности в …»: не выполнено → выполнено"), "\(markdown)")
        #expect(!markdown.contains("execution"))
    }

    @Test func jsonGivesStatusIdsAndTheirRussianLabels() throws {
        let json = try JSONSerialization.jsonObject(with: DiffReport(try statusChanged()).json()) as? [String: Any]
        let page = try #require((json?["pages"] as? [[String: Any]])?.first)
        let change = try #require((page["changes"] as? [[String: Any]])?.first)
        #expect(change["action"] as? String == "changed" && change["block"] as? String == "execution")
        #expect(change["roadmap"] as? String == "msoko" && change["id"] as? String == "tq-1" && change["number"] as? String == "2.1")
        let field = try #require((change["fields"] as? [[String: Any]])?.first)
        #expect(field["field"] as? String == "status" && field["old"] as? String == "not-done" && field["new"] as? String == "done")
        #expect(field["old_label"] as? String == RussianFormat.status(.notDone) && field["new_label"] as? String == RussianFormat.status(.done))
    }

    /// The HTML row links the activity to its row on the roadmap's diff page when the roadmap changed too.
    @Test func htmlRowLinksTheActivity() throws {
        let diff = try diff { site in
            try site.replace("    tq-1: not-done", with: "    tq-1: done", in: Self.report)
            try site.replace("не менее 85 %", with: "не менее 90 %", in: DiffFixture.roadmap)
        }
        let templates = try TemplateSet.load(from: TestPaths.templates.path).get()
        let files = try DiffReport(diff).files(templates: templates)
        let page = try #require(files.first { $0.path == "oblast/gorod/reports/2024/index.html" })
        let html = String(decoding: page.data, as: UTF8.self)
        #expect(html.contains(#"<h2 id="diff-execution-title">Исполнение мероприятий</h2>"#))
        #expect(html.contains(##"<a href="../../../../oblast/gorod/roadmaps/msoko/index.html#item-tq-1">п. 2.1 «Проведение"##), "\(html)")
        #expect(html.contains(#"<del><span class="visually-hidden">было: </span>не выполнено</del> <span aria-hidden="true">→</span> <ins><span class="visually-hidden">стало: </span>выполнено</ins>"#))
        #expect(!html.contains("not-done"))
        #expect(html.contains(##"<a class="diff-filter-link" href="#only-field-status">статус</a>"##), "the status filter keeps the row")
        #expect(html.contains(#"class="diff-row is-changed has-status""#))
        let ids = HTMLStructureTests.attributeValues("id", in: html)
        #expect(HTMLStructureTests.duplicates(ids).isEmpty)
        for href in HTMLStructureTests.attributeValues("href", in: html) where href.hasPrefix("#") {
            #expect(ids.contains(String(href.dropFirst())), "\(href) has no target")
        }
    }
}
