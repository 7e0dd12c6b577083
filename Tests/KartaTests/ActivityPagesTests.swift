import Foundation
import Testing

/// Year, direction and responsible pages of the valid fixture: accessible timelines (SVG with title and desc,
/// the same numbers as a table), cycle gaps in words, dates in `<time>`, stages on roadmap rows, and navigation
/// that reaches every one of these pages from the home page.
@Suite("Year, direction and responsible pages")
struct ActivityPagesTests {
    static let years = [2018, 2019, 2020, 2021]

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    @Test(arguments: years)
    func timelineIsAnAccessibleSVGWithTheSameNumbersAsItsTable(_ year: Int) throws {
        let site = try RenderedSite.render(content: TestPaths.validContent)
        let html = try site.page("\(year)/index.html")
        let svg = try #require(Self.matches("<svg[^>]*>.*?</svg>", in: html).first?.first)
        let labelled = try #require(Self.matches(#"<svg[^>]*aria-labelledby="([^"]+)""#, in: svg).first?[1])
        #expect(svg.contains(#"role="img""#))
        let ids = labelled.split(separator: " ").map(String.init)
        #expect(ids == ["timeline-\(year)-title", "timeline-\(year)-desc"])
        #expect(svg.contains(#"<title id="timeline-\#(year)-title">"#))
        #expect(svg.contains(#"<desc id="timeline-\#(year)-desc">"#))
        let desc = try #require(Self.matches("<desc[^>]*>(.*?)</desc>", in: svg).first?[1])
        #expect(desc.contains("в таблице"))

        // Every number drawn in a cell is the table's number for that row and column, and nothing else is drawn.
        let drawn = Self.matches(##"<text x="\d+" y="\d+" text-anchor="middle" fill="#[0-9a-f]+">(\d+)</text>"##, in: svg).map { Int($0[1])! }
        let table = try #require(Self.matches(#"<table class="timeline-table">.*?</table>"#, in: html).first?.first)
        let rows = Self.matches("<tr><th scope=\"row\">.*?</tr>", in: table).map { row in
            Self.matches("<td>(\\d+)</td>", in: row[0]).map { Int($0[1])! }
        }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.count == 14 }, "12 months, «месяц не указан», «всего»")
        #expect(drawn == rows.flatMap { $0.dropLast() }.filter { $0 > 0 })
        for row in rows { #expect(row.dropLast().reduce(0, +) >= row.last!, "a row's months cover its activities") }
    }

    /// The site's year page is the summary by level and entity; each entity's year page has the rows, by
    /// level, entity (folded when there are several) and direction.
    @Test func yearPageGroupsByLevelThenEntityThenDirection() throws {
        let site = try RenderedSite.render(content: TestPaths.validContent)
        let html = try site.page("2019/index.html")
        let levels = Self.matches(#"<tbody id="([^"]+)">"#, in: html).map { $0[1] }
        #expect(levels == ["level-region", "level-municipality", "level-school"])
        let gorod = try site.page("2019/oblast/gorod/index.html")
        let groups = Self.matches(#"<(h2|details class="fold") id="([^"]+)""#, in: gorod).map { $0[2] }.filter { !$0.hasSuffix("-heading") }
        #expect(groups == ["level-municipality", "municipality-oblast--gorod", "level-school", "school-oblast--gorod"])
        // The yearly item is due in 2019, 2020 and 2021; «август» only in 2019 (the period's first year).
        for year in [2019, 2020, 2021] {
            #expect(try site.page("\(year)/oblast/gorod/index.html").contains("Мониторинг результатов оценочных процедур"))
        }
        #expect(try !site.page("2020/oblast/gorod/index.html").contains("Анализ результатов с выводами"))
        #expect(try site.page("2018/oblast/index.html").contains("Проведение региональных оценочных процедур"))
    }

    @Test func entityPagesLinkTheirYears() throws {
        let site = try RenderedSite.render(content: TestPaths.validContent)
        let city = try site.page("oblast/gorod/index.html")
        for year in [2019, 2020, 2021] {
            #expect(city.contains(#"href="../../\#(year)/oblast/gorod/index.html""#))
        }
        // A school with no documents of its own still has the activities it is responsible for («ОО»).
        let school = try site.page("2019/oblast/gorod/shkola-1/index.html")
        #expect(school.contains("Мониторинг результатов оценочных процедур"))
        #expect(!school.contains("Утверждение дорожной карты"))
    }

    @Test func cycleGapsAreWordsNotColours() throws {
        let site = try RenderedSite.render(content: TestPaths.validContent)
        for path in ["directions/training-quality/analysis/index.html", "oblast/gorod/analysis/index.html"] {
            let html = try site.page(path)
            let gaps = Self.matches(#"<td class="gap"[^>]*>([^<]*)</td>"#, in: html).map { $0[1] }
            #expect(!gaps.isEmpty, "\(path)")
            #expect(gaps.allSatisfy { $0 == "пробел" }, "\(path)")
            #expect(html.contains("неполный цикл"), "\(path)")
        }
        let city = try site.page("oblast/gorod/analysis/index.html")
        // The normative base approves documents: goals are «в основе», not a gap.
        let normative = try #require(Self.matches(#"normative-base/index.html">Нормативная база</a></th>\s*<td[^>]*>([^<]*)</td>"#, in: city).first)
        #expect(normative[1] == "в\u{00A0}основе")
    }

    /// The roadmap shows what was approved; each activity's stage is on the entity's analysis page.
    @Test func roadmapRowsShowNoStageAndDatesAreTimeElements() throws {
        let site = try RenderedSite.render(content: TestPaths.validContent)
        let roadmap = try site.page("oblast/gorod/roadmaps/msoko-2020/index.html")
        #expect(!roadmap.contains("Этап цикла"))
        let analysis = try site.page("oblast/gorod/analysis/index.html")
        // The four activities by stage: one analysis (№ 4), two of the normative base (№ 1 and 2).
        #expect(Self.matches(#"<th scope="row">Анализ результатов мониторинга</th>\s*<td>1</td>"#, in: analysis).count == 1)
        #expect(Self.matches(#"<th scope="row">Нормативная и.организационная основа</th>\s*<td>2</td>"#, in: analysis).count == 1)
        #expect(analysis.contains(#"msoko-2020/index.html#item-training-quality-2">4</a>"#))
        #expect(roadmap.contains("<time datetime=\"2020-06-19\">19 июня 2020\u{00A0}г.</time>"))
        #expect(roadmap.contains(#"<time datetime="2019-10">октябрь 2019</time>"#))
        // «август» takes its year from the period: no machine date is claimed for it.
        #expect(!roadmap.contains(#"datetime="2019-08""#))
        let page = try site.page("oblast/gorod/concept/index.html")
        #expect(page.contains("<time datetime=\"2019-04-08\">8 апреля 2019\u{00A0}г.</time>"))
    }

    @Test func undecidedDeadlineIsSaidInWords() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(#"deadline: "август""#, with: #"deadline: "?""#, in: "oblast/gorod/roadmaps/msoko-2020.yaml")
            let rendered = try RenderedSite.render(content: site.root)
            let roadmap = try rendered.page("oblast/gorod/roadmaps/msoko-2020/index.html")
            #expect(roadmap.contains(#"<td role="cell" class="col-deadline" data-label="Сроки">?"#))
            #expect(roadmap.contains("срок не определён"))
        }
    }

    @Test func responsiblePageListsActivitiesByYearWithTheLoad() throws {
        let site = try RenderedSite.render(content: TestPaths.validContent)
        let html = try site.page("responsible/oo/index.html")
        let load = try #require(Self.matches(#"<table class="load">.*?</table>"#, in: html).first?.first)
        // A year links its list when activities start in it.
        let rows = Self.matches(##"<tr><th scope="row">(?:<a href="#year-\d+">)?(\d+)[^<]*(?:</a>)?</th><td>(\d+)</td>"##, in: load).map { [$0[1], $0[2]] }
        #expect(rows == [["2019", "3"], ["2020", "2"], ["2021", "1"]])
        // Each activity is listed once, under the first year it falls due: all three start in 2019.
        #expect(html.contains(#"<h2 id="year-2019">"#))
        #expect(!html.contains(#"<h2 id="year-2020">"#))
        #expect(html.contains("3 мероприятия"))
    }

    /// Every year, direction and responsible page is reachable from the home page by following links; the home
    /// page links every year and direction directly.
    @Test func navigationReachesEveryYearDirectionAndResponsiblePage() throws {
        let site = try RenderedSite.render(content: TestPaths.validContent)
        var reached: Set<String> = ["index.html"]
        var queue = ["index.html"]
        while let path = queue.popLast() {
            let folder = URL(fileURLWithPath: "/site/" + path).deletingLastPathComponent()
            for match in Self.matches(##"href="([^"#]+)"##, in: site.pages[path] ?? "") {
                let target = String(URL(fileURLWithPath: match[1], relativeTo: folder).standardizedFileURL.path.dropFirst("/site/".count))
                if site.pages[target] != nil, reached.insert(target).inserted { queue.append(target) }
            }
        }
        let wanted = site.pages.keys.filter { path in
            ["years/", "directions/", "responsible/"].contains { path.hasPrefix($0) } || Self.years.contains { path.hasPrefix("\($0)/") }
        }
        #expect(wanted.count > 15)
        #expect(Set(wanted).subtracting(reached).sorted() == [])
        let home = try site.page("index.html")
        for year in Self.years { #expect(home.contains(#"href="\#(year)/index.html""#)) }
        for direction in ["normative-base", "training-quality"] { #expect(home.contains(#"href="directions/\#(direction)/index.html""#)) }
        #expect(home.contains(#"href="responsible/index.html""#))
        #expect(home.contains(#"href="years/index.html""#))
    }
}
