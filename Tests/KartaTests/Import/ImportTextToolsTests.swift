import Foundation
@testable import KartaImport
import KartaModel
import Testing

/// The byte- and scalar-level text helpers that replaced Foundation in the importer's hot paths
/// (issue 19, point 4) must give what Foundation gave, or big imports would change silently.
@Suite("Import: text helpers")
struct ImportTextToolsTests {
    static let texts: [String] = [
        "", " ", "\t", "МОУО, ОО", "  Сро к исполнени я \t", "№ п/п", "ёлка Ёж", "a\nb", " a \n\n b ", "\n\nМероприятие\n",
        "\u{A0}неразрывный\u{A0}", "строка\r\nс CR", "é (e + \u{301})", "<b>Жирный</b>", "**звёздочки**", "\u{E000}жирный\u{E001}",
    ]

    @Test(arguments: texts)
    func oneLineAndTrimLinesAgreeWithFoundation(_ text: String) {
        let expectedOneLine = text.split(whereSeparator: { $0 == "\n" }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        #expect(TextTools.oneLine(text) == expectedOneLine)
        let expectedLines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(TextTools.trimLines(text) == expectedLines)
    }

    @Test(arguments: texts)
    func containsAndYoFoldingAgreeWithFoundation(_ text: String) {
        let lower = text.lowercased()
        for needle in ["", "е", "ё", "мероприяти", "срок", "п/п", "\n", "ж"] {
            #expect(TextTools.contains(lower, needle) == (needle.isEmpty || lower.contains(needle)), "«\(needle)» in «\(text)»")
        }
        #expect(RussianText.foldingYo(lower) == lower.replacingOccurrences(of: "ё", with: "е"))
    }

    @Test(arguments: texts)
    func boldMarkersAndTokensAgreeWithCharacterWalks(_ text: String) {
        #expect(CellHTML.withoutBoldMarkers(text) == text.filter { $0 != CellHTML.boldOpen && $0 != CellHTML.boldClose })
        #expect(CellHTML.hasBoldMarkers(text) == (text.contains(CellHTML.boldOpen) || text.contains(CellHTML.boldClose)))
        if !text.contains("<") {
            #expect(CellHTML.tokens(text) == (text.isEmpty ? [] : [.text(text)]))
        }
    }

    @Test func tabCellsKeepTheirColumnsInScalars() {
        let line = SourceLine(number: 1, text: "1.\tМероприятие «ё»\t\tМОУО")
        #expect(line.cells.map(\.text) == ["1.", "Мероприятие «ё»", "", "МОУО"])
        #expect(line.cells.map(\.column) == [1, 4, 20, 21])
        #expect(line.tabCount == 3 && line.hasTabs && !line.isCellLine && !line.isBlank)
        #expect(SourceLine(number: 2, text: " \u{A0} ").isBlank)
        #expect(SourceLine(number: 3, text: "\tячейка").isCellLine)
    }
}
