@testable import KartaContent
import Testing

/// Lines found on bytes are the lines `split(separator: "\n")` finds on `Character`s, CR LF included.
@Suite("Lines of a text")
struct SourceTextLinesTests {
    @Test(arguments: [
        "", "\n", "\n\n", "one", "one\n", "one\ntwo", "a\r\nb\nc\r\n", "\r\n\r", "\r\r\n\n",
        "Текст с ё\n\u{301}комбинирующий\n😀👍🏽\n", "```karta indicators\ncodes: [\"1\"]\n```\n", "a\u{2028}b\u{85}c\nd",
    ])
    func linesAreTheCharacterSplit(_ text: String) {
        let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
        let lines = SourceText.lines(text)
        #expect(lines.count == expected.count)
        #expect(zip(lines, expected).allSatisfy { $0.utf8.elementsEqual($1.utf8) })
    }
}
