@testable import KartaMarkdown
import PropertyBased
import Testing

/// Cells made without cmark are exactly what cmark makes of them; anything cmark could read as Markdown goes
/// to cmark.
@Suite("Cell HTML of plain texts, without cmark")
struct PlainCellHTMLTests {
    /// Every character and line start the fast path has to decide about, and ordinary words around them.
    static let pieces = [
        "а", "Мониторинг", "ОО", " ", "  ", "\n", "\n\n", "-", "- ", "—", "1", "12", ".", "1. ", "2)", ")", "(", "\"", "'", "«", "»",
        "#", "*", "_", "`", "[", "]", "!", "<", ">", "&", "&amp;", "\\", "~", "|", "=", "+", "№", "%", "/", ":", ";", ",", "?",
        "\t", "\r", "\u{0}", "\u{A0}", "\u{7F}", "2019-2021", "г.", "😀",
    ]

    @Test func aPlainCellIsWhatCmarkMakesOfIt() async {
        let renderer = MarkdownRenderer()
        await propertyCheck(count: 3000, input: Gen.element(of: Self.pieces).array(of: 0...12)) { parts in
            let text = parts.compactMap { $0 }.joined()
            if let plain = MarkdownRenderer.plainCellHTML(text) {
                #expect(plain == renderer.uncachedCellHTML(text), "\(text.debugDescription)")
            }
        }
    }

    @Test(arguments: [
        ("Проведение мониторинга \"качества\" в 9-11 классах, 2022 г.", "Проведение мониторинга &quot;качества&quot; в 9-11 классах, 2022 г."),
        ("первая строка\nвторая строка", "первая строка<br />\nвторая строка"),
        ("2022 год: итоги", "2022 год: итоги"),
    ])
    func plainSentencesSkipCmark(_ text: String, _ html: String) {
        #expect(MarkdownRenderer.plainCellHTML(text) == html)
        #expect(MarkdownRenderer().cellHTML(text) == html)
    }

    @Test(arguments: ["**важно**", "1. пункт", "- пункт", "строка \nещё", " отступ", "a\n\nb", "", "a < b", "x_y", "конец "])
    func markdownGoesToCmark(_ text: String) {
        #expect(MarkdownRenderer.plainCellHTML(text) == nil)
    }
}
