import Foundation
import KartaSite
import Testing

/// Whatever the content says, the pages it becomes run no script and carry no injected attribute.
@Suite("Rendered HTML is safe")
struct HTMLSafetyTests {
    static let roadmap = "oblast/gorod/roadmaps/msoko-2020.yaml"
    static let roadmapPage = "oblast/gorod/roadmaps/msoko-2020/index.html"

    @Test func scriptsJavascriptLinksAndAttributeBreakoutsRenderInert() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(
                #"text: "Утверждение дорожной карты""#,
                with: #"text: "Утверждение <script>alert(1)</script> карты, [x](javascript:alert(1)), <SCRIPT SRC=//evil.example/x.js></SCRIPT>""#,
                in: Self.roadmap)
            try site.replace(
                #"title: "Дорожная карта по развитию муниципальной системы оценки качества образования""#,
                with: #"title: 'Карта " onmouseover="x'"#, in: Self.roadmap)
            try site.replace(
                #"name: "Городской округ Тестовый""#, with: #"name: "Округ <img src=x onerror=alert(1)>""#,
                in: "oblast/gorod/entity.yaml")

            let rendered = try RenderedSite.render(content: site.root)
            for (path, html) in rendered.pages {
                let lowered = html.lowercased()
                #expect(InertHTML.problems(in: html).isEmpty, "\(path): \(InertHTML.problems(in: html))")
                #expect(!lowered.contains("javascript:"), "\(path) holds a javascript: URL")
                #expect(!html.contains(#"" onmouseover=""#), "\(path) lets a title break out of its attribute or text")
                #expect(!lowered.contains("<img"), "\(path) holds an injected <img>")
            }
            let roadmap = try rendered.page(Self.roadmapPage)
            #expect(roadmap.contains("Карта &quot; onmouseover=&quot;x"))
            #expect(roadmap.contains("<!-- raw HTML omitted -->"))
            #expect(roadmap.contains("alert(1)"), "the text around the removed tags is kept as text")
            let entity = try rendered.page("oblast/gorod/index.html")
            #expect(entity.contains("Округ &lt;img src=x onerror=alert(1)&gt;"))
        }
    }

    @Test(arguments: [false, true])
    func rawHTMLIsKeptOnlyWhenTheSiteAllowsIt(_ allowed: Bool) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            if allowed {
                try site.write(try site.read("site.yaml") + "allow_raw_html: true\n", to: "site.yaml")
            }
            try site.replace(
                "Текст концепции в **Markdown**.", with: "Текст концепции.\n\n<div class=\"raw-block\">блок HTML</div>",
                in: "oblast/gorod/concept.md")
            try site.replace(
                #"text: "Мониторинг результатов оценочных процедур""#,
                with: #"text: "Мониторинг <mark>результатов</mark>""#, in: Self.roadmap)

            let rendered = try RenderedSite.render(content: site.root)
            let page = try rendered.page("oblast/gorod/concept/index.html")
            let roadmap = try rendered.page(Self.roadmapPage)
            #expect(page.contains(#"<div class="raw-block">блок HTML</div>"#) == allowed)
            #expect(roadmap.contains("<mark>результатов</mark>") == allowed)
            #expect(page.contains("<!-- raw HTML omitted -->") == !allowed)
            #expect(roadmap.contains("<!-- raw HTML omitted -->") == !allowed)
        }
    }

    /// Payloads that try to run script or break out of an attribute, in YAML and front-matter strings.
    static let payloads = [
        #"<script>alert(1)</script>"#, #"\" onmouseover=\"alert(1)"#, #"'><svg onload=alert(1)>"#, #"</title><script src=//evil.example/x.js></script>"#,
        #"<img src=x onerror=alert(1)>"#,
    ]

    /// Every string field a site author writes, in every file kind, carries a payload; no page, the
    /// search page and the 404 page included, ends up with markup that runs or with a `javascript:` link.
    @Test(arguments: payloads)
    func payloadInEveryTitleAndValueRendersInert(_ payload: String) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let edits: [(String, String, String)] = [
                ("site.yaml", #"title: "Тестовый сайт дорожных карт""#, #"title: "Сайт \#(payload)""#),
                ("site.yaml", #"description: "Небольшой сайт для проверки Karta""#, #"description: "Описание \#(payload)""#),
                ("glossary.yaml", #"full: "муниципальный орган управления образованием""#, #"full: "орган \#(payload)""#),
                ("glossary.yaml", #"note: "Управление образованием городского округа Тестовый.""#, #"note: "Заметка \#(payload)""#),
                ("directions.yaml", #"title: "Формирование нормативно-правового обеспечения""#, #"title: "Направление \#(payload)""#),
                ("oblast/gorod/entity.yaml", #"short_name: "Тестовый""#, #"short_name: "Короткое \#(payload)""#),
                ("oblast/gorod/entity.yaml", #"Орган управления образованием: "Управление образованием городского округа Тестовый""#, #"Орган: "Деталь \#(payload)""#),
                ("oblast/gorod/roadmaps/msoko-2020.yaml", #"deadline: "октябрь 2019""#, #"deadline: "октябрь \#(payload)""#),
                ("oblast/gorod/roadmaps/msoko-2020.yaml", #"responsible: ["МОУО"]"#, #"responsible: ["Отдел \#(payload)"]"#),
                ("oblast/gorod/roadmaps/msoko-2020.yaml", #"text: "Семинар для руководителей""#, #"text: "Семинар \#(payload) [ссылка](javascript:alert(1))""#),
                ("oblast/plans/levels-2018.yaml", #"region: "Проведение региональных оценочных процедур""#, #"region: "Анализ \#(payload)""#),
                ("about.md", #"title: "О сайте""#, #"title: "О сайте \#(payload)""#),
                ("about.md", #"summary: "Что публикует этот сайт""#, #"summary: "Сводка \#(payload)""#),
                ("oblast/gorod/concept.md", "- первый пункт", "- [пункт](javascript:alert(1)) и <a href=\"javascript:alert(2)\">ссылка</a> \(payload.replacingOccurrences(of: "\\\"", with: "\""))"),
            ]
            for (file, old, new) in edits { try site.replace(old, with: new, in: file) }
            let output = folder.appendingPathComponent("out")
            let report = site.builder(output: output).build()
            #expect(report.succeeded, "\(report.diagnostics.errors.map(\.description))")

            let tree = try FileTree.read(output)
            for path in tree.files where path.hasSuffix(".html") {
                let html = String(decoding: try #require(tree.entries[path] ?? nil), as: UTF8.self)
                #expect(InertHTML.problems(in: html).isEmpty, "\(path): \(InertHTML.problems(in: html))")
                #expect(!html.contains(payload.replacingOccurrences(of: "\\\"", with: "\"")), "\(path) holds the payload unescaped")
            }
            #expect(String(decoding: try #require(tree.entries["robots.txt"] ?? nil), as: UTF8.self) == "User-agent: *\nAllow: /\n")
            let links = LinkChecker(folders: [output.path]).check()
            #expect(links.diagnostics.isEmpty, "\(links.diagnostics.sorted.map(\.description))")
        }
    }
}
