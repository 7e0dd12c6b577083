import Foundation
@testable import KartaRender
import Testing

/// A page's description is cut at a word near 200 characters; it is cut without counting the whole text, and
/// must be what counting gave.
@Suite("Page descriptions")
struct PageDescriptionTests {
    static func counted(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }

    @Test(arguments: [
        "", "Короткий текст.", String(repeating: "слово ", count: 60), String(repeating: "ё", count: 200),
        String(repeating: "е\u{308}", count: 201), String(repeating: "a", count: 201), String(repeating: "🇷🇺 ", count: 120),
        "Мониторинг, анализ и «оценка» качества образования. " + String(repeating: "Текст, ", count: 40),
    ])
    func cutAsCountingDid(text: String) {
        #expect(ViewBuilder.shortened(text, to: ViewBuilder.descriptionLimit) == Self.counted(text, to: ViewBuilder.descriptionLimit))
    }

    @Test func cutAtEveryLength() {
        let text = "Проведение мониторинга «качества» подготовки обучающихся, анализ результатов и принятие мер."
        for limit in 0...(text.count + 2) {
            #expect(ViewBuilder.shortened(text, to: limit) == Self.counted(text, to: limit), "\(limit)")
        }
    }

    /// Counted by scalar, the cut must fall where counting characters puts it, whatever scalars follow.
    @Test(arguments: [
        "Текст", "ё\u{308}ж", "a\r\nb\r\nc", "ab\u{301}c", "🇷🇺🇷🇺x", "x\u{200D}y", "1.\u{301}", "слово слово\r\n",
        "«кавычки» — тире", "",
    ])
    func characterIndexAsTheStringGives(text: String) {
        for limit in 0...(text.unicodeScalars.count + 2) {
            #expect(ViewBuilder.characterIndex(text, offsetBy: limit) == text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), "\(limit)")
        }
    }
}
