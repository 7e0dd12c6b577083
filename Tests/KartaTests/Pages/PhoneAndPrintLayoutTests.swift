import Foundation
import KartaRender
import Testing

/// Issue 15 point 5: phone cards need every roadmap cell labelled with its column; long pages lead with a
/// summary by entity and fold their lists; long lists expand an abbreviation at its first use only.
@Suite("Phone cards, summaries and folded lists")
struct PhoneAndPrintLayoutTests {
    static func matches(_ pattern: String, in html: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: html).map { String(html[$0]) } ?? "" }
        }
    }

    @Test func everyCellOfARoadmapRowCarriesItsColumnsLabel() throws {
        let site = try RenderedSite.render(content: TestPaths.validContent)
        let html = try site.page("oblast/gorod/roadmaps/msoko-2020/index.html")
        let headers = Self.matches(#"<th scope="col" role="columnheader" class="col-[a-z]+">([^<]*)</th>"#, in: html).map { $0[1] }
        #expect(headers.count >= 4)
        #expect(html.contains(#"<table class="roadmap" role="table">"#))
        let rows = Self.matches(#"<tr id="item-[^"]*" role="row"[^>]*>(.*?)</tr>"#, in: html).map { $0[1] }
        #expect(!rows.isEmpty)
        for row in rows {
            let cells = Self.matches(#"<(td|th)( [^>]*)?>"#, in: row)
            #expect(cells.count == headers.count, "\(row)")
            let labels = cells.map { cell in Self.matches(#"data-label="([^"]*)""#, in: cell[2]).first?[1] }
            // The typographer binds «№ п/п» with a no-break space in text, not in attributes.
            #expect(labels == headers.map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }, "\(row)")
            #expect(cells.allSatisfy { $0[2].contains(#"role="cell""#) || $0[2].contains(#"role="rowheader""#) })
        }
    }

    @Test func theSitesYearPageIsASummaryByEntityLinkingTheirYearPages() throws {
        let site = try RenderedSite.render(content: TestPaths.validContent)
        let html = try site.page("2019/index.html")
        #expect(html.contains(#"<table class="entity-summary">"#))
        #expect(!html.contains("roadmap activities"), "the site's year page lists no activity rows")
        let links = Self.matches(#"<tr><th scope="row"><a href="([^"]*)">([^<]*)</a></th><td>(\d+)</td></tr>"#, in: html)
        let targets = links.map { URL(string: $0[1], relativeTo: URL(string: "file:///site/2019/index.html"))!.absoluteURL.standardized.path }
        #expect(targets.contains("/site/2019/oblast/gorod/index.html"))
        #expect(targets.allSatisfy { site.pages[String($0.dropFirst("/site/".count))] != nil }, "\(targets)")
    }

    @Test func anEntitysYearPageLeadsWithTheSummaryAndFoldsEachEntity() throws {
        let site = try RenderedSite.render(content: TestPaths.validContent)
        let html = try site.page("2019/oblast/gorod/index.html")
        let summary = Self.matches(##"<tr><th scope="row"><a href="#([^"]*)">([^<]*)</a></th><td>(\d+)</td></tr>"##, in: html)
        let folds = Self.matches(#"<details class="fold" id="([^"]*)">\n<summary>([^<]*) <span class="count">\(([^)]*)\)</span></summary>"#, in: html)
        #expect(folds.count >= 2)
        #expect(summary.map { $0[1] } == folds.map { $0[1] }, "each summary row leads to its fold")
        #expect(summary.map { $0[2] } == folds.map { $0[2] }, "each fold is named as its summary row")
        #expect(!html.contains("<details class=\"fold\" id=\"\(folds.first?[1] ?? "")\" open"), "folded lists are closed")
        #expect(html.range(of: "entity-summary")!.lowerBound < html.range(of: "<details class=\"fold\"")!.lowerBound)
    }

    @Test func aResponsibleBodysPageListsEachActivityOnce() throws {
        let site = try RenderedSite.render(content: TestPaths.validContent)
        let html = try site.page("responsible/oo/index.html")
        let rows = Self.matches(#"<th scope="row" role="rowheader"><a href="([^"]*)">"#, in: html).map { $0[1] }
        #expect(!rows.isEmpty)
        #expect(Set(rows).count == rows.count, "\(rows)")
        #expect(html.contains("<details class=\"fold\">"))
    }

    @Test(arguments: [
        ("<abbr title=\"Институт\">ИРО</abbr>, <abbr title=\"Институт\">ИРО</abbr>", "<abbr title=\"Институт\">ИРО</abbr>, <abbr>ИРО</abbr>"),
        ("<abbr title=\"Центр А\">ИМЦ</abbr> <abbr title=\"Центр Б\">ИМЦ</abbr>", "<abbr title=\"Центр А\">ИМЦ</abbr> <abbr title=\"Центр Б\">ИМЦ</abbr>"),
        ("<abbr title=\"Отдел\">ОО</abbr> <abbr title=\"Отдел\">ОУ</abbr> <abbr title=\"Отдел\">ОО</abbr>", "<abbr title=\"Отдел\">ОО</abbr> <abbr title=\"Отдел\">ОУ</abbr> <abbr>ОО</abbr>"),
        ("no abbreviations", "no abbreviations"),
        // A title cut off at the page's end stops the pass; what came before is still shortened.
        ("<abbr title=\"А\">Б</abbr><abbr title=\"А\">Б</abbr> <abbr title=\"", "<abbr title=\"А\">Б</abbr><abbr>Б</abbr> <abbr title=\""),
    ])
    func anAbbreviationIsExpandedAtItsFirstUseOnly(_ page: String, _ expected: String) {
        #expect(String(decoding: AbbreviationTitles.firstUseOnly(Array(page.utf8)), as: UTF8.self) == expected)
    }

    @Test func theLongListsAreTheKindsThatExpandOnce() {
        #expect(PageKind.allCases.filter(\.isLongList) == [.year, .entityYear, .direction, .responsible, .search])
    }
}
