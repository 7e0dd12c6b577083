import Foundation
import KartaDiff
@testable import KartaDiffRender
import KartaRender
import Testing

/// The HTML report: a golden page, unique ids, links and fragments that resolve, labels for screen readers.
@Suite("karta diff: HTML")
struct DiffHTMLTests {
    /// A diff with one of each kind of change, rendered in memory: path → HTML.
    func pages() throws -> [String: String] {
        try withTemporaryDirectory { folder in
            let fixture = try DiffFixture.make(in: folder)
            let roadmap = DiffFixture.roadmap
            let site = fixture.new
            try site.replace("Проведение региональных", with: "Проведение муниципальных", in: roadmap)
            try site.replace("не менее 85 %", with: "не менее 90 %", in: roadmap)
            try site.replace(#"deadline: "октябрь 2024""#, with: #"deadline: "декабрь 2024""#, in: roadmap)
            try site.replace("id: nb-3\n", with: "id: nb-3-new\n", in: roadmap)
            try site.replace(#"оценки качества - \"ВПР\""#, with: "оценки качества — «ВПР»", in: roadmap)
            try site.replace(
                "Формирование муниципального банка контрольно-измерительных материалов",
                with: "Создание электронного журнала для учителей начальных классов", in: roadmap)
            let text = try site.read(roadmap)
            let start = text.range(of: "      - id: tq-3")!.lowerBound
            let end = text.range(of: "  - direction: objectivity")!.lowerBound
            let item = String(text[start..<end])
            try site.write(text.replacingCharacters(in: start..<end, with: "").replacingOccurrences(of: "    items:\n      - id: ob-1", with: "    items:\n" + item + "      - id: ob-1"), to: roadmap)
            try site.replace("## Выводы\n\n", with: "## Выводы\n\nНовый абзац о результатах мониторинга.\n\n", in: DiffFixture.concept)
            let templates = try TemplateSet.load(from: TestPaths.templates.path).get()
            var pages: [String: String] = [:]
            for file in try DiffReport(fixture.diff()).files(templates: templates) where file.path.hasSuffix(".html") {
                pages[file.path] = String(decoding: file.data, as: UTF8.self)
            }
            return pages
        }
    }

    @Test func roadmapPageMatchesItsSnapshot() throws {
        let pages = try pages()
        try GoldenFile.assertMatches(try #require(pages["oblast/gorod/roadmaps/msoko/index.html"]), named: "diff-roadmap")
        try GoldenFile.assertMatches(try #require(pages["index.html"]), named: "diff-index")
    }

    @Test func idsAreUniqueAndEveryLinkResolves() throws {
        let pages = try pages()
        #expect(Set(pages.keys) == ["index.html", "oblast/gorod/roadmaps/msoko/index.html", "oblast/gorod/concept/index.html"])
        for (path, html) in pages.sorted(by: { $0.key < $1.key }) {
            let ids = HTMLStructureTests.attributeValues("id", in: html)
            #expect(HTMLStructureTests.duplicates(ids).isEmpty, "\(path) repeats ids \(HTMLStructureTests.duplicates(ids))")
            let folder = URL(fileURLWithPath: "/site/" + path).deletingLastPathComponent()
            for href in HTMLStructureTests.attributeValues("href", in: html) {
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? path : String(URL(fileURLWithPath: parts[0], relativeTo: folder).standardizedFileURL.path.dropFirst("/site/".count))
                guard target.hasSuffix(".html") else { continue }
                let page = try #require(pages[target], "\(path): \(href) points at a missing page")
                if parts.count == 2 {
                    #expect(HTMLStructureTests.attributeValues("id", in: page).contains(parts[1]), "\(path): \(href) has no target")
                }
            }
        }
    }

    @Test func changesCarryGlyphTextAndHiddenLabels() throws {
        let html = try #require(try pages()["oblast/gorod/roadmaps/msoko/index.html"])
        #expect(html.contains(#"<span aria-hidden="true">✎</span> изменено"#))
        #expect(html.contains(#"<span aria-hidden="true">↕</span> перемещено"#))
        #expect(html.contains(#"<del><span class="visually-hidden">удалено: </span>региональных</del> <ins><span class="visually-hidden">добавлено: </span>муниципальных</ins>"#))
        #expect(html.contains("позже на 61 день"))
        #expect(html.contains(#"<span class="delta">+5 п.п.</span>"#))
        #expect(html.contains(#"id="item-tq-1""#) && html.contains(#"id="change-1""#))
        #expect(html.contains(#"<span id="item-nb-3"></span>"#), "the old id still answers")
        #expect(html.contains(##"<span id="only-moved" class="diff-only"></span>"##) && html.contains(##"<a class="diff-filter-link" href="#only-moved">"##))
        #expect(html.contains("Скрытые правки оформления: 1"))
        // Only the site's own optional script (the accessibility panel), never an inline one.
        #expect(html.components(separatedBy: "<script").count - 1 == html.components(separatedBy: #"<script src="../../../../assets/karta-a11y.js"></script>"#).count - 1)
    }

    /// Changed rows keep one unchanged neighbour on each side; longer unchanged runs fold, a run of one does not.
    @Test func unchangedRunsFold() {
        let touched = [false, false, false, true, false, false, false, false, true, false]
        #expect(DiffViewBuilder.visibility(touched) == [false, false, true, true, true, false, false, true, true, true])
        #expect(DiffViewBuilder.visibility([false, true, false, true]) == [true, true, true, true])
    }
}
