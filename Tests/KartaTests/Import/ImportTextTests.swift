import Foundation
@testable import KartaImport
import KartaMarkdown
import KartaModel
import Testing

/// Markdown and YAML writing: whatever is printed must come out as the same visible text.
@Suite("Import: Markdown and YAML")
struct ImportTextTests {
    /// Text cmark would otherwise read as markup, each a line of a cell.
    static let tricky: [String] = [
        "a * b * c", "*звёздочки*", "**жирный**", "snake_case_word", "`код`", "a < b & c > d", "<b>не тег</b>", "<!-- комментарий -->",
        "[ссылка](http://example.org)", "![картинка](x.png)", #"обратная \ косая"#, "в конце \\", "# не заголовок", "## и это",
        "> не цитата", "+ не список", "* не список", "1. не список", "2) и не этот", "123456789. длинный номер", "---", "===", "- - -",
        "***", "___", "~~~ не код", "```", "&amp; сущность", "&#1089; сущность", "| таблица |", "1.5 — число", "2019-2020",
        "«ёлочки» и „лапки“", "Текст_с_подчёркиваниями_", "https://засобой.рф/vserossijskaya-profdiagnostika",
    ]

    /// The text a reader sees in cmark's HTML: tags removed, entities decoded, white space collapsed.
    static func visible(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<br />", with: "\n")
        while let open = text.range(of: "<"), let close = text.range(of: ">", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: tricky)
    func escapedTextRendersAsPrinted(_ line: String) {
        let markdown = MarkdownText.render([TextBlock(kind: .paragraph, lines: [line])])
        let html = MarkdownRenderer().cellHTML(markdown)
        #expect(Self.visible(html) == line.split(whereSeparator: \.isWhitespace).joined(separator: " "), "markdown: \(markdown) html: \(html)")
        #expect(!html.contains("<h1>") && !html.contains("<ul>") && !html.contains("<ol>") && !html.contains("<hr") && !html.contains("<code>") && !html.contains("<em>"))
    }

    @Test func htmlCellsBecomeParagraphsListsAndBold() {
        let raw = #"<p>Вводная <b>часть</b>:</p> <ul style="list-style-type: none"> <li>- первый пункт;</li> <li>второй<br>пункт</li> </ul> <p>Итог</p>"#
        #expect(MarkdownText.markdown(raw) == "Вводная **часть**:\n\n- первый пункт;\n- второй\n  пункт\n\nИтог")
    }

    @Test func dashedItemsInAListWithoutItemTagsBecomeItems() {
        let raw = #"<p>Определение показателей по:</p> <ul style="list-style-type: none"> - контролю объективности; - мониторингу результатов; - механизмам обеспечения</ul>"#
        #expect(MarkdownText.markdown(raw) == "Определение показателей по:\n\n- контролю объективности;\n- мониторингу результатов;\n- механизмам обеспечения")
    }

    @Test func plainCellsKeepTheirLines() {
        let raw = "Ресурсы:\n- первый;\n-второй без пробела\n1. Пункт\n    - с отступом\nпродолжение пункта"
        #expect(MarkdownText.markdown(raw) == "Ресурсы:\n\n- первый;\n  \\-второй без пробела\n\n1\\. Пункт\n\n- с отступом\n  продолжение пункта")
    }

    @Test func boldMarkersThatDoNotPairUpAreEscaped() {
        #expect(MarkdownText.markdown("**Концепция\nсистемы**") == "**Концепция**\n**системы**")
        #expect(MarkdownText.markdown("одна ** звезда") == #"одна \*\* звезда"#)
    }

    // MARK: - YAML

    static let yamlTexts: [String] = [
        "yes", "No", "null", "~", "true", "2021", "2021-01-01", "1.0", "0x1F", "1e3", ".inf", "@ссылка", "`x`", "'одинарные'", "\"двойные\"",
        "ключ: значение", "# комментарий", "- тире", "? вопрос", ": двоеточие", "{фигурные}", "[квадратные]", "&якорь", "*ссылка", "!тег",
        "%процент", "|черта", ">больше", "две\nстроки", "  отступ в начале\nвторая", "пробел в конце \nвторая", "таб\tвнутри",
        "строка\n\nпустая строка внутри", "перевод строки в конце\n", "\nперевод строки в начале", "вторая\n  с отступом",
        "разделитель\u{2028}строк", "неразрывный\u{A0}пробел", "эмодзи 🙂", "обратная \\ косая", "---\nкак документ", "...",
        "«ёлочки» — тире", "управляющий\u{7}символ",
    ]

    @Test(arguments: yamlTexts)
    func yamlScalarsRoundTripThroughTheLoader(_ text: String) throws {
        let roadmap = ImportedRoadmap(
            title: text, approval: nil, period: nil,
            columns: [("number", "№"), ("text", "Мероприятие"), ("deadline", "Сроки")], intro: nil,
            sections: [ImportedSection(direction: "training-quality", title: text, rows: [
                ImportedItem(id: "training-quality-1", number: text, text: text, deadline: text),
            ])])
        try withTemporaryDirectory { folder in
            let sandbox = try ImportSandbox(in: folder)
            let file = ImportedFile(kind: .roadmap, path: "roadmaps/x.yaml", contents: YAMLEmitter.roadmap(roadmap, comment: "# test\n"), title: text, summary: "", lines: 1...1)
            _ = ImportWriter.write([file], into: sandbox.entity.path, force: false)
            let loaded = sandbox.load()
            #expect(loaded.diagnostics.errors.isEmpty, "\(loaded.diagnostics.errors.map(\.description))\n\(file.contents)")
            let item = try #require(loaded.content?.roadmaps.first?.items.first)
            #expect(item.text == text)
            #expect(item.number == text)
            #expect(item.deadline == text)
            #expect(loaded.content?.roadmaps.first?.title == text)
        }
    }

    @Test func multiLineTextsUseLiteralBlocksWhenTheyFit() {
        #expect(YAMLEmitter.text("text", "одна\nдве", indent: 2) == "  text: |-\n    одна\n    две\n")
        #expect(YAMLEmitter.text("text", "одна\n\nдве", indent: 0) == "text: |-\n  одна\n\n  две\n")
        #expect(YAMLEmitter.text("text", " отступ\nдве", indent: 0) == "text: \" отступ\\nдве\"\n")
        #expect(YAMLEmitter.text("text", "пробел \nдве", indent: 0) == "text: \"пробел \\nдве\"\n")
        #expect(YAMLEmitter.text("text", "таб\t\nдве", indent: 0) == "text: \"таб\\t\\nдве\"\n")
        #expect(YAMLEmitter.text("year", "2021", indent: 0) == "year: \"2021\"\n")
    }
}
