import Foundation
import KartaModel
import KartaSite
import Testing

/// What a public site needs beside its pages: search, the 404 page, sitemap and robots, page
/// descriptions, Open Graph and canonical links, and the «версия для слабовидящих» panel.
@Suite("Public site")
struct PublicSiteTests {
    static let baseURL = "https://uo.example.ru/karta/"
    /// Every `data-kind` the templates write; Tests/web/check_site.py lists the same kinds.
    static let kinds: Set<String> = ["home", "entity", "roadmap", "plan", "level", "expected-results", "responsible", "glossary", "page", "search", "404", "year", "direction", "report", "analysis"]

    func build(_ site: ContentFixture, in folder: URL) throws -> URL {
        let output = folder.appendingPathComponent("out")
        let report = site.builder(output: output).build()
        #expect(report.succeeded, "\(report.diagnostics.sorted.map(\.description)) \(report.writeFailure ?? "")")
        return output
    }

    func text(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func withABaseURLTheSiteHasASitemapRobotsAndCanonicalLinks() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.write(try site.read("site.yaml") + "base_url: \"https://uo.example.ru/karta\"\n", to: "site.yaml")
            let output = try build(site, in: folder)

            let sitemap = try text(output, "sitemap.xml")
            #expect(sitemap.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
            #expect(sitemap.contains("<loc>\(Self.baseURL)</loc>"))
            #expect(sitemap.contains("<loc>\(Self.baseURL)oblast/gorod/roadmaps/msoko-2020/</loc>"))
            #expect(sitemap.contains("<loc>\(Self.baseURL)search/</loc>"))
            #expect(!sitemap.contains("404"))
            let pages = try FileTree.read(output).files.filter { $0.hasSuffix("index.html") }
            #expect(sitemap.components(separatedBy: "<loc>").count - 1 == pages.count, "one <loc> per page")
            #expect(try text(output, "robots.txt") == "User-agent: *\nAllow: /\nSitemap: \(Self.baseURL)sitemap.xml\n")

            let roadmap = try text(output, "oblast/gorod/roadmaps/msoko-2020/index.html")
            #expect(roadmap.contains(#"<link rel="canonical" href="\#(Self.baseURL)oblast/gorod/roadmaps/msoko-2020/">"#))
            #expect(roadmap.contains(#"<meta property="og:url" content="\#(Self.baseURL)oblast/gorod/roadmaps/msoko-2020/">"#))
            let notFound = try text(output, "404.html")
            #expect(notFound.contains(#"<base href="/karta/">"#))
            #expect(!notFound.contains("canonical"))
        }
    }

    @Test func withoutABaseURLThereIsNoSitemapNorCanonicalLink() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let output = try build(site, in: folder)
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("sitemap.xml").path))
            #expect(try text(output, "robots.txt") == "User-agent: *\nAllow: /\n")
            #expect(!(try text(output, "index.html")).contains("canonical"))
            #expect(try text(output, "404.html").contains(#"<base href="/">"#))
        }
    }

    @Test(arguments: ["ftp://example.ru/", "https://", "example.ru/karta", "https://example.ru/a b/", #"https://example.ru/"onmouseover="x"#, "https://example.ru/?q=1"])
    func badBaseURLIsAnErrorAtItsValue(_ url: String) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let escaped = url.replacingOccurrences(of: "\"", with: "\\\"")
            try site.write(try site.read("site.yaml") + "base_url: \"\(escaped)\"\n", to: "site.yaml")
            let errors = site.load().diagnostics.errors
            #expect(errors.map(\.code) == ["base-url"])
            #expect(errors.first?.location == SourceLocation(file: site.displayPath("site.yaml"), line: 3, column: 11))
        }
    }

    @Test func everyPageHasItsKindDescriptionOpenGraphTitleSearchFormAndAccessibilityPanel() throws {
        let rendered = try RenderedSite.render(content: TestPaths.validContent)
        var kinds: Set<String> = []
        for (path, html) in rendered.pages {
            let kind = try #require(html.firstMatch(of: /<body data-kind="([^"]*)">/)?.1, "\(path) has no data-kind")
            kinds.insert(String(kind))
            #expect(Self.kinds.contains(String(kind)), "\(path): unknown kind \(kind)")
            #expect(html.contains(#"<meta name="description" content=""#), "\(path)")
            #expect(html.contains(#"<meta property="og:title" content=""#), "\(path)")
            #expect(html.contains(#"<form class="site-search" role="search""#), "\(path)")
            #expect(html.contains(#"<summary>Версия для слабовидящих</summary>"#), "\(path)")
            #expect(html.contains(#"class="a11y-nojs""#), "\(path): the panel explains what works without JavaScript")
            #expect(html.contains("karta-a11y.js"), "\(path)")
        }
        #expect(kinds == Self.kinds.subtracting(["expected-results", "report"]), "the fixture has every kind but expected results and reports")
        let page = try rendered.page("about/index.html")
        #expect(page.contains(#"<meta name="description" content="Что публикует этот сайт">"#), "a page's summary is its description")
        let roadmap = try rendered.page("oblast/gorod/roadmaps/msoko-2020/index.html")
        #expect(roadmap.contains(#"<meta property="og:title" content="Дорожная карта по развитию муниципальной системы оценки качества образования">"#))
    }

    @Test func searchIndexHoldsActivitiesPagesAndEntitiesLinkedToTheirAnchors() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let output = try build(site, in: folder)
            let entries = try SearchIndexFile.entries(in: output)
            let kinds = Set(entries.compactMap { $0["kind"] as? String })
            #expect(kinds == ["activity", "document", "page", "entity"])
            let activity = try #require(entries.first { ($0["title"] as? String)?.hasPrefix("2. Утверждение положения") == true })
            #expect(activity["url"] as? String == "../oblast/gorod/roadmaps/msoko-2020/index.html#item-normative-base-2")
            let searchable = try #require(activity["text"] as? String)
            #expect(searchable.contains("Семинар для руководителей"), "sub-activities are searched with their activity")
            #expect(searchable.contains("2019–2020"))
            #expect(activity["context"] as? String == "Тестовый · Дорожная карта по развитию муниципальной системы оценки качества образования")
            let about = try #require(entries.first { $0["title"] as? String == "О сайте" })
            #expect(about["url"] as? String == "../about/index.html")

            // Without JavaScript the search page lists the same entries, with the same links.
            let page = try text(output, "search/index.html")
            for entry in entries {
                let url = try #require(entry["url"] as? String)
                #expect(page.contains(#"<a href="\#(url)">"#), "\(url) is missing from the search page")
            }
            #expect(page.contains(#"<script src="../assets/karta-search.js"></script>"#))
            #expect(LinkChecker(folders: [output.path]).check().diagnostics.isEmpty)
        }
    }

    @Test func scriptsAreSmallOptionalAndWriteNoMarkup() throws {
        for name in ["karta-a11y.js", "karta-search.js"] {
            let script = try String(contentsOf: TestPaths.templates.appendingPathComponent("assets/\(name)"), encoding: .utf8)
            #expect(script.utf8.count < 8_000, "\(name) is \(script.utf8.count) bytes")
            #expect(!script.contains("innerHTML") && !script.contains("document.write") && !script.contains("eval("), "\(name) must build results with textContent only")
            #expect(!script.contains("http://") && !script.contains("https://"), "\(name) loads nothing from elsewhere")
        }
    }
}
