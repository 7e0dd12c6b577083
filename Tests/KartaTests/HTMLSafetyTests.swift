import Foundation
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
                #expect(!lowered.contains("<script"), "\(path) holds a <script> tag")
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
}
