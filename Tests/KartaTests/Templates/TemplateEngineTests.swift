import KartaTemplates
import Testing

/// KartaTemplates against the behaviour swift-mustache gave Karta's pages: every tag form the
/// templates use, standalone lines, escaping, inheritance, and errors at their line and column.
@Suite("Template engine")
struct TemplateEngineTests {
    struct Link: Encodable {
        var url: String
        var label: String
        var note: String?
    }

    struct Page: Encodable {
        var title = "Карта <1> & \"2\" 'x'"
        var html = "<b>жирный</b>"
        var count = 3
        var zero = 0
        var empty = ""
        var isOn = true
        var isOff = false
        var links = [Link(url: "a/", label: "А", note: "1"), Link(url: "b/", label: "Б", note: nil)]
        var none: [Link] = []
        var words = ["раз", "два"]
        var note: String? = "внешняя"
        var missing: String?
        var nested = Link(url: "n/", label: "Вложенная")
    }

    static func render(_ template: String, partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        try library.add(template, named: "page")
        for (name, text) in partials { try library.add(text, named: name) }
        return String(decoding: library.render(Page(), template: "page") ?? [], as: UTF8.self)
    }

    static let cases: [(template: String, expected: String)] = [
        ("{{title}}", "Карта &lt;1&gt; &amp; &quot;2&quot; &#39;x&#39;"),
        ("{{{html}}}|{{&html}}|{{html}}", "<b>жирный</b>|<b>жирный</b>|&lt;b&gt;жирный&lt;/b&gt;"),
        ("{{count}} {{zero}} {{isOn}} {{isOff}}", "3 0 true false"),
        ("[{{missing}}][{{nothing}}]", "[][]"),
        ("{{#isOn}}да{{/isOn}}{{#isOff}}нет{{/isOff}}{{^isOff}}не{{/isOff}}", "дане"),
        ("{{#zero}}0 есть{{/zero}}{{#empty}}пустая строка есть{{/empty}}", "0 естьпустая строка есть"),
        ("{{#links}}<{{url}}|{{label}}|{{note}}>{{/links}}", "<a/|А|1><b/|Б|внешняя>"),
        ("{{#none}}x{{/none}}{{^none}}пусто{{/none}}{{^links}}y{{/links}}", "пусто"),
        ("{{#words}}[{{.}}]{{/words}}", "[раз][два]"),
        ("{{nested.label}} {{#nested}}{{.url}} {{title}}{{/nested}}", "Вложенная n/ Карта &lt;1&gt; &amp; &quot;2&quot; &#39;x&#39;"),
        ("{{#nested}}{{.note}}|{{note}}{{/nested}}", "|внешняя"),
        ("{{^empty(links)}}есть{{/empty(links)}}{{#empty(none)}}нет{{/empty(none)}}{{#empty(empty)}}пустая{{/empty(empty)}}", "естьнетпустая"),
        ("{{count(links)}} {{#first(links)}}{{label}}{{/first(links)}}", "2 А"),
        ("a{{! комментарий }}b", "ab"),
        ("<ul>\n{{#links}}\n<li>{{label}}</li>\n{{/links}}\n</ul>\n", "<ul>\n<li>А</li>\n<li>Б</li>\n</ul>\n"),
        ("x\n  {{! standalone }}  \ny", "x\ny"),
        ("  {{#isOn}}\n  a\n  {{/isOn}}\n", "  a\n"),
        ("{{=<% %>=}}<% title %>{{title}}", "Карта &lt;1&gt; &amp; &quot;2&quot; &#39;x&#39;{{title}}"),
        ("{{% CONTENT_TYPE: TEXT }}\n{{html}}", "<b>жирный</b>"),
        ("a\r\n{{#isOn}}\r\nb\r\n{{/isOn}}\r\n", "a\r\nb\r\n"),
    ]

    @Test(arguments: cases)
    func rendersLikeSwiftMustache(_ template: String, _ expected: String) throws {
        #expect(try Self.render(template) == expected)
    }

    @Test func partialsSeeTheContextAndStartInHTML() throws {
        let partials = ["partials/link": "<a href=\"{{url}}\">{{label}}</a>\n"]
        let page = "{{% CONTENT_TYPE: TEXT }}\n{{#links}}\n{{>partials/link}}\n{{/links}}\n"
        #expect(try Self.render(page, partials: partials) == "<a href=\"a/\">А</a>\n<a href=\"b/\">Б</a>\n")
    }

    @Test func indentedStandalonePartialIndentsItsLines() throws {
        let partials = ["lines": "первая\nвторая\n"]
        #expect(try Self.render("<div>\n  {{>lines}}\n</div>\n", partials: partials) == "<div>\n  первая\n  вторая\n</div>\n")
    }

    @Test func childOverridesTheBlocksOfItsParent() throws {
        let partials = [
            "layout": "<title>{{$title}}Без названия{{/title}}</title>\n<body data-kind=\"{{$kind}}{{/kind}}\">\n{{$content}}{{/content}}\n</body>\n",
            "middle": "{{<layout}}{{$kind}}средний{{/kind}}{{$content}}из среднего{{/content}}{{/layout}}",
        ]
        let page = "{{<layout}}\n{{$kind}}roadmap{{/kind}}\n{{$content}}\n<h1>{{title}}</h1>\n{{/content}}\n{{/layout}}\n"
        #expect(try Self.render(page, partials: partials) == "<title>Без названия</title>\n<body data-kind=\"roadmap\">\n<h1>Карта &lt;1&gt; &amp; &quot;2&quot; &#39;x&#39;</h1>\n\n</body>\n")
        // The outermost override wins over a middle template's.
        let deep = "{{<middle}}{{$kind}}внешний{{/kind}}{{/middle}}"
        #expect(try Self.render(deep, partials: partials) == "<title>Без названия</title>\n<body data-kind=\"внешний\">\nиз среднего\n</body>\n")
    }

    static let errors: [(template: String, line: Int, column: Int, words: String)] = [
        ("a\n{{#links}}\nb\n", 2, 1, "never closed"),
        ("a\n{{#links}}b{{/link}}", 2, 15, "closes section 'links'"),
        ("{{/links}}", 1, 1, "closes no section"),
        ("x {{title", 1, 10, "not followed by"),
        ("\n\n  {{^emtpy(links)}}{{/emtpy(links)}}", 3, 3, "unknown function 'emtpy'"),
        ("ё {{{html}}", 1, 12, "third '}'"),
        ("{{<layout}}{{title}}{{/layout}}", 1, 1, "only '{{$block}}'"),
        ("{{! open", 1, 1, "comment is never closed"),
        ("{{% CONTENT_TYPE: PDF }}", 1, 1, "unknown content type"),
    ]

    @Test(arguments: errors)
    func syntaxErrorsNameLineAndColumn(_ template: String, _ line: Int, _ column: Int, _ words: String) {
        var library = TemplateLibrary()
        do {
            try library.add(template, named: "page")
            Issue.record("no error for \(template)")
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.message.contains(words), "\(error.message)")
        }
    }

    @Test func missingPartialsAreListed() throws {
        var library = TemplateLibrary()
        try library.add("{{>partials/link}}{{#links}}{{>partials/gone}}{{/links}}", named: "page")
        try library.add("x", named: "partials/link")
        #expect(library.missingPartials.map(\.partial) == ["partials/gone"])
        #expect(library.missingPartials.map(\.template) == ["page"])
    }
}
