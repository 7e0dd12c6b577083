import Foundation
import KartaDiff
@testable import KartaDiffRender
import KartaRender
import Testing

/// Edits hidden as typography or as the same body by the glossary: listed per document, collapsed, with
/// old and new text and why; totals equal the listed rows; «Версии совпадают» only when nothing differs.
@Suite("karta diff: hidden edits")
struct HiddenEditsTests {
    static let typography = (#"оценки качества - \"ВПР\""#, "оценки качества — «ВПР»")
    static let body = (#"responsible: ["ЦОКО"]"#, #"responsible: ["центр оценки качества образования"]"#)

    struct Outputs {
        var diff: ContentDiff
        var pages: [String: String]
        var json: JSONValue
        var markdown: String
    }

    func outputs(_ edit: (ContentFixture) throws -> Void) throws -> Outputs {
        try withTemporaryDirectory { folder in
            let fixture = try DiffFixture.make(in: folder)
            try edit(fixture.new)
            let diff = try fixture.diff()
            let report = DiffReport(diff)
            let templates = try TemplateSet.load(from: TestPaths.templates.path).get()
            var pages: [String: String] = [:]
            for file in try report.files(templates: templates) where file.path.hasSuffix(".html") {
                pages[file.path] = String(decoding: file.data, as: UTF8.self)
            }
            return Outputs(diff: diff, pages: pages, json: try JSONValue.decode(report.json()), markdown: report.markdown())
        }
    }

    static let roadmapPage = "oblast/gorod/roadmaps/msoko/index.html"

    @Test func typographyAloneIsListedNotReviewed() throws {
        let outputs = try outputs { try $0.replace(Self.typography.0, with: Self.typography.1, in: DiffFixture.roadmap) }
        #expect(!outputs.diff.hasChanges && !outputs.diff.isIdentical)
        let index = try #require(outputs.pages["index.html"])
        #expect(!index.contains("Версии совпадают"))
        #expect(index.contains("есть только скрытые правки оформления"))
        #expect(index.contains(#"<a href="oblast/gorod/roadmaps/msoko/index.html">"#), "the document is listed with a page")
        let page = try #require(outputs.pages[Self.roadmapPage])
        #expect(page.contains(#"<details class="diff-hidden">"#), "collapsed by default")
        #expect(page.contains("<td>типографика: кавычки, тире, пробелы, «ё»</td>"))
        #expect(page.contains("оценки качества - &quot;ВПР&quot; и олимпиад</td>") && page.contains("оценки качества — «ВПР» и олимпиад</td>"))
        #expect(outputs.markdown.contains("<details><summary>Скрыто правок оформления: 1</summary>"))
        #expect(!outputs.markdown.contains("документ удалён"))
    }

    @Test func sameBodyByTheGlossaryNamesWhy() throws {
        let outputs = try outputs { try $0.replace(Self.body.0, with: Self.body.1, in: DiffFixture.roadmap) }
        let hidden = try #require(outputs.diff.table(.roadmap, "msoko")?.hidden.first)
        #expect(hidden.kind == .partiesSpelling && hidden.old == "ЦОКО" && hidden.new == "центр оценки качества образования")
        let page = try #require(outputs.pages[Self.roadmapPage])
        #expect(page.contains("<td>Ответственные</td><td>тот же ответственный по глоссарию, записанный иначе</td><td class=\"diff-text\">ЦОКО</td>"))
        #expect(outputs.markdown.contains("- 1.3, Ответственные (тот же ответственный по глоссарию, записанный иначе): «ЦОКО» → «центр оценки качества образования»"))
    }

    /// With real changes and hidden edits in two documents, every count of hidden edits is the number of rows listed.
    @Test func totalsEqualTheListedRows() throws {
        let outputs = try outputs { site in
            try site.replace(Self.typography.0, with: Self.typography.1, in: DiffFixture.roadmap)
            try site.replace(Self.body.0, with: Self.body.1, in: DiffFixture.roadmap)
            try site.replace("не менее 85 %", with: "не менее 90 %", in: DiffFixture.roadmap)
            try site.replace("первый принцип: объективность", with: "первый принцип:\u{00A0}объективность", in: DiffFixture.concept)
        }
        #expect(outputs.diff.counts.hidden == 3)
        // HTML: the index's total, its column, and the rows of every page's list.
        let index = try #require(outputs.pages["index.html"])
        #expect(index.contains("скрыто правок оформления: 3"))
        let column = Self.matches(#"<td class="num">(\d+)</td></tr>"#, in: index).compactMap(Int.init)
        #expect(column.reduce(0, +) == 3, "\(column)")
        let listed = outputs.pages.values.map { Self.matches(##"<tr><td><a href="#[^"]*">"##, in: $0).count }.reduce(0, +)
        #expect(listed == 3)
        // JSON: the total, each page's count and its list.
        guard case .object(let root) = outputs.json, case .array(let pages)? = root["pages"] else {
            Issue.record("unexpected JSON")
            return
        }
        #expect(root["hidden"] == .integer(3))
        var sum = 0
        for case .object(let page) in pages {
            guard case .integer(let count)? = page["hidden"], case .array(let edits)? = page["hidden_edits"] else {
                Issue.record("a page without hidden counts: \(page)")
                continue
            }
            #expect(count == edits.count)
            sum += edits.count
        }
        #expect(sum == 3)
        #expect(pages.count == 2, "the concept page, typography only, is listed too")
        // Markdown: one line per hidden edit.
        #expect(outputs.markdown.components(separatedBy: "\n").filter { $0.contains("(типографика") || $0.contains("(тот же ответственный") }.count == 3)
    }

    @Test func identicalVersionsSayTheyMatch() throws {
        let outputs = try outputs { _ in }
        #expect(outputs.diff.isIdentical)
        #expect(try #require(outputs.pages["index.html"]).contains("Версии совпадают"))
        guard case .object(let root) = outputs.json else { return }
        #expect(root["pages"] == .array([]))
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            let range = match.numberOfRanges > 1 ? match.range(at: 1) : match.range
            return Range(range, in: text).map { String(text[$0]) } ?? ""
        }
    }
}
