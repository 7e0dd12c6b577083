@testable import KartaModel
@testable import KartaRender
import Testing

/// The search index and descriptions take every activity through `PlainText`, which walks single-scalar
/// texts by scalar: it must answer as the walk by `Character` did.
@Suite("Plain text of HTML")
struct PlainTextTests {
    /// The walk by `Character` that `PlainText` made before it learnt to walk by scalar.
    static func byCharacters(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            switch character {
            case "<": inTag = true; text.append(" ")
            case ">" where inTag: inTag = false
            default: if !inTag { text.append(character) }
            }
        }
        return CharacterReferences.decode(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test(arguments: [
        "", "<p>Проведение <abbr title=\"x\">ГИА</abbr>-9 № 5</p>", "<p>а\u{301}нализ</p> <b>ТП</b>", "строка\r\nи&nbsp;ещё\u{2028}x",
        "a&#769;b и &#x41;", "<td>\u{A0}\u{3000}x \t</td>", "👩‍👩‍👧 <i>ОО</i>", "1 > 0 и 2 < 3", "«ОО» — 2024 г.\u{85}конец", "&quot;ℕ&quot; ⅠⅡ ½",
    ])
    func answersAsTheWalkByCharacter(_ html: String) {
        #expect(PlainText.of(html: html) == Self.byCharacters(html))
    }

    @Test func scalarsThatStandAloneAreGraphemesOfTheirOwn() {
        for value in UInt32(0)..<0x2200 {
            guard let scalar = Unicode.Scalar(value), SingleScalarGraphemes.standsAlone(scalar) else { continue }
            let text = "a" + String(scalar) + "b"
            #expect(text.count == 3, "U+\(String(value, radix: 16))")
        }
    }
}

@Suite("Character references")
struct CharacterReferenceTests {
    @Test(arguments: [
        "", "a &amp; b", "&quot;ОО&quot; &nbsp;x", "&#1054;&#x41E; &#0; &#xZZ;", "& без точки с запятой", "&unknown; &amp",
        "&abcdefghijkl; &abcdefghijk;", "&ёёёёёёёёёёё; &ёёёёёёёёёёёё;", "&&amp;;", "x&", "&#128512; и № 5",
    ])
    func bytesAnswerAsCharacters(_ text: String) {
        #expect(CharacterReferences.decodeBytes(text) == CharacterReferences.decodeCharacters(text))
    }
}
