import Foundation
@testable import KartaContent
import KartaModel
import Testing

/// Scans that replaced grapheme-by-grapheme and Foundation calls on every loaded text must answer exactly as
/// those did: checked on every scalar they decide by themselves, and on texts built to join graphemes.
@Suite("Text scanning")
struct TextScanningTests {
    static let mixedTexts = [
        "", "ГИМЦРО и ТП РПК, «ОО» — 2024 г.", "Проведение мониторинга\r\nи анализа", "а\u{301}нализ ТП",
        "строка\u{2028}строка\u{85}ещё\u{0B}и\u{0C}ещё", "x\n\u{301}y", "👩‍👩‍👧 ОО", "№ 5 ½ ², ³ и ⅓", "Ⅳ квартал",
        "ĀB cD_e-f", "\t \n", " ", "\u{A0}", "\u{3000}x", "й и й",
    ]

    @Test(arguments: WordSplitterRanges.all)
    func wordScalarsAreLettersAndNumbersAsCharacters(_ range: ClosedRange<UInt32>) {
        for value in range {
            guard let scalar = Unicode.Scalar(value), SingleScalarGraphemes.standsAlone(scalar) else { continue }
            let character = Character(scalar)
            #expect(WordSplitter.isWordScalar(scalar) == (character.isLetter || character.isNumber), "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: mixedTexts)
    func wordsAreThoseOfCharacters(_ text: String) {
        let byCharacters = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        #expect(ContentValidator.words(in: text) == byCharacters)
        if let fast = WordSplitter.words(inSingleScalarText: text) { #expect(fast == byCharacters) }
    }

    @Test(arguments: mixedTexts + ["ПОЛОЖЕНИЕ О СИСТЕМЕ ОЦЕНКИ ТП", "1С и ЕГЭ-2024, Ёж ёж ℕ ⅠⅡ", "ОО\u{301} ИРО"])
    func capitalWordsAreThoseOfCharacters(_ text: String) {
        func mayBeCapital(_ character: Character) -> Bool { ("А"..."Я").contains(character) || character == "Ё" || character.isNumber }
        let expected = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { word in
            word.first.map(mayBeCapital) == true ? String(word) : ""
        }
        #expect(ContentValidator.capitalWords(in: text) == expected)
    }

    @Test(arguments: WordSplitterRanges.all)
    func capitalWordsKeepWhatCharactersKeep(_ range: ClosedRange<UInt32>) {
        for value in range {
            guard let scalar = Unicode.Scalar(value), WordSplitter.isWordScalar(scalar), SingleScalarGraphemes.standsAlone(scalar) else { continue }
            let character = Character(scalar)
            let expected = ("А"..."Я").contains(character) || character == "Ё" || character.isNumber
            #expect(ContentValidator.capitalWords(in: String(scalar)) == [expected ? String(scalar) : ""], "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: mixedTexts)
    func linesAreThoseOfCharacters(_ text: String) {
        let byCharacters = text.split(whereSeparator: \.isNewline).map(String.init)
        let byScalars = text.unicodeScalars.split(whereSeparator: \.isLineBreak).map { String(Substring($0)) }
        #expect(byScalars == byCharacters)
    }

    /// The fast path of `Unicode.Scalar.isWhitespace` agrees with the property table on every scalar.
    @Test func whitespaceIsThePropertys() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isWhitespace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test func blankIsWhatTrimmingEmpties() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            #expect(MappingReader.isBlank(text) == text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "U+\(String(value, radix: 16))")
        }
        #expect(!MappingReader.isBlank(" a "))
        #expect(MappingReader.isBlank(" \t\n\u{3000}"))
    }
}

/// The ranges `WordSplitter.standsAlone` accepts, in parts small enough to report one by one.
enum WordSplitterRanges {
    static let all: [ClosedRange<UInt32>] = [0...0x2FF, 0x400...0x52F, 0x2010...0x205E]
}

/// The stage text lower-cases scalar by scalar; `String.lowercased()` must agree on every scalar and on texts.
@Suite("Stage text lower case")
struct StageTextLowercaseTests {
    @Test func everyScalarLowercasesAsStrings() {
        for value in UInt32(0)...0x1FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let lowered = String(String.UnicodeScalarView(StageClassifier.lowercased([scalar])))
            #expect(lowered == String(scalar).lowercased(), "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: ["ΣΑΣ ΟΔΟΣ", "İSTANBUL", "ПРОВЕДЕНИЕ Ёлки", "ǅ ǈ", "ẞ", "Ⅳ КВАРТАЛ", "A\u{301}НАЛИЗ"])
    func textsLowercaseAsStrings(_ text: String) {
        let lowered = String(String.UnicodeScalarView(StageClassifier.lowercased(Array(text.unicodeScalars))))
        #expect(lowered == text.lowercased())
    }
}

/// One home for «ё» read as «е» (issue 14, point 8): deadlines and the importer use it.
@Suite("Russian text")
struct RussianTextTests {
    @Test(arguments: [("ёлка", "елка"), ("е\u{308}лка", "елка"), ("мёд и лёд", "мед и лед"), ("без", "без"), ("\u{308}е", "\u{308}е")])
    func yoIsReadAsYe(text: String, folded: String) {
        #expect(Array(RussianText.foldingYo(text).unicodeScalars) == Array(folded.unicodeScalars))
    }
}
