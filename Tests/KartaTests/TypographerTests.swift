import Foundation
import KartaModel
@testable import KartaRender
import Testing

@Suite("Russian typography and abbreviations on rendered pages")
struct TypographerTests {
    static let glossary = Glossary(entries: [
        GlossaryEntry(abbreviation: "ОО", full: "образовательная организация", kind: .organization, location: SourceLocation(file: "g")),
        GlossaryEntry(abbreviation: "ПО", full: "программное обеспечение", kind: .other, location: SourceLocation(file: "g")),
        GlossaryEntry(abbreviation: "вуз", full: "высшее учебное заведение", kind: .organization, location: SourceLocation(file: "g")),
        GlossaryEntry(abbreviation: "ТП РПК", full: "территориальная подкомиссия", kind: .organization, location: SourceLocation(file: "g")),
        GlossaryEntry(abbreviation: "ГИА", full: "государственная итоговая аттестация", kind: .procedure, variants: ["ГИА-9"], location: SourceLocation(file: "g")),
    ])
    let typographer = Typographer(glossary: glossary)

    @Test(arguments: [
        ("<p>Доклад \"О состоянии\"</p>", "<p>Доклад «О состоянии»</p>"),
        ("<p>Доклад &quot;О состоянии&quot;</p>", "<p>Доклад «О состоянии»</p>"),
        ("<p>анализ и меры в школе</p>", "<p>анализ и\u{A0}меры в\u{A0}школе</p>"),
        ("<p>от 19.06.2020 № 179</p>", "<p>от 19.06.2020 №\u{A0}179</p>"),
        ("<p>в 2019 г. и 2020 гг.</p>", "<p>в\u{A0}2019\u{A0}г. и\u{A0}2020\u{A0}гг.</p>"),
        ("<p>О.А. Ефимова</p>", "<p>О.А.\u{A0}Ефимова</p>"),
        ("<p>«СОШ». Всего</p>", "<p>«СОШ». Всего</p>"),
        ("<p>2019-2021, 8-11 классы</p>", "<p>2019–2021, 8–11 классы</p>"),
        ("<p>тел. 000-00-00, 2020-06-19</p>", "<p>тел. 000-00-00, 2020-06-19</p>"),
        ("<p>см. https://example.ru/a-1-2 сайт</p>", "<p>см. https://example.ru/a-1-2 сайт</p>"),
    ])
    func typesetsText(_ input: String, _ expected: String) {
        #expect(typographer.apply(toPage: input) == expected)
    }

    /// Text inside each skipped element, whatever the case of its tag, is left as written; text after it is
    /// typeset again; an element of a name close to a skipped one («pres», «sv», «h1») is typeset.
    @Test(arguments: ["script", "style", "code", "pre", "title", "abbr", "textarea", "svg", "CODE", "Pre", "TextArea"])
    func skippedElementsAreLeftAsWritten(_ name: String) {
        let html = "<\(name) class=\"x\">ОО и \"ПО\"</\(name)> ОО и ПО"
        let expected = "<\(name) class=\"x\">ОО и \"ПО\"</\(name)> <abbr title=\"образовательная организация\">ОО</abbr> и\u{A0}<abbr title=\"программное обеспечение\">ПО</abbr>"
        #expect(typographer.apply(toPage: html) == expected)
    }

    @Test(arguments: ["pres", "sv", "h1", "codes", "titles"])
    func elementsWithOtherNamesAreTypeset(_ name: String) {
        #expect(typographer.apply(toPage: "<\(name)>в школе</\(name)>") == "<\(name)>в\u{A0}школе</\(name)>")
    }

    /// The memo's hash covers every byte: texts that differ in one byte, at any place and length, get
    /// their own typesetting.
    @Test func textsDifferingInOneByteAreTypesetApart() {
        let base = Array("ПО и ОО в 2019-2021 годах: \"итоги\"".utf8)
        var seen: Set<Int> = []
        for length in [1, 7, 8, 9, 16, base.count] {
            let text = Array(base.prefix(length))
            seen.insert(text.withUnsafeBufferPointer(TypesetMemo.hash))
            var changed = text
            changed[length - 1] ^= 0x01
            #expect(changed.withUnsafeBufferPointer(TypesetMemo.hash) != text.withUnsafeBufferPointer(TypesetMemo.hash))
        }
        #expect(seen.count == 6)
        #expect(typographer.apply(toPage: "<p>ПО</p><p>ПП</p><p>ПО</p>") == "<p><abbr title=\"программное обеспечение\">ПО</abbr></p><p>ПП</p><p><abbr title=\"программное обеспечение\">ПО</abbr></p>")
    }

    @Test func wrapsAbbreviationsInTextOnly() {
        let html = #"<a href="/ОО/" title="ОО">ОО и ТП РПК, ГИА-9</a><code>ОО</code>"#
        let expected = #"<a href="/ОО/" title="ОО"><abbr title="образовательная организация">ОО</abbr> и&nbsp;<abbr title="территориальная подкомиссия">ТП РПК</abbr>, <abbr title="государственная итоговая аттестация">ГИА-9</abbr></a><code>ОО</code>"#
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}")
        #expect(typographer.apply(toPage: html) == expected)
    }

    @Test func leavesExistingAbbreviationsAndCapitalHeadingsAlone() {
        #expect(typographer.apply(toPage: #"<abbr title="x">ОО</abbr>"#) == #"<abbr title="x">ОО</abbr>"#)
        #expect(typographer.apply(toPage: "<h1>ДОРОЖНАЯ КАРТА ПО НАПРАВЛЕНИЮ</h1>") == "<h1>ДОРОЖНАЯ КАРТА ПО НАПРАВЛЕНИЮ</h1>")
        #expect(typographer.apply(toPage: "<p>по ОО</p>") == #"<p>по <abbr title="образовательная организация">ОО</abbr></p>"#)
        #expect(typographer.apply(toPage: "<p>ООО «Ромашка»</p>") == "<p>ООО «Ромашка»</p>", "whole words only")
        #expect(typographer.apply(toPage: "<p>вуз</p>") == #"<p><abbr title="высшее учебное заведение">вуз</abbr></p>"#, "lower-case abbreviations too")
    }

    /// A run's bytes decode to the scalars `String` gives them, valid or not (overlong forms, surrogates, cut
    /// sequences, bytes past U+10FFFF), so the typeset page is the same.
    @Test func runsDecodeAsStringDecodesThem() {
        let samples: [[UInt8]] = [
            Array("Доклад «О состоянии» — 2019–2021 гг. № 5 🇷🇺 е\u{308}".utf8), [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x90, 0x80, 0x80], [0xD0], [0xD0, 0x41], [0x80, 0x41], [0xF0, 0x9F, 0x98],
        ]
        var generator = SystemRandomNumberGenerator()
        let random = (0..<500).map { _ in (0..<Int.random(in: 0...12, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) } }
        for bytes in samples + random {
            let decoded = bytes.withUnsafeBufferPointer { Typographer.scalars(of: $0) }
            #expect(decoded == Array(String(decoding: bytes, as: UTF8.self).unicodeScalars), "\(bytes)")
        }
    }

    /// Whether a word is a web or mail address, answered in one pass as the three searches answered it.
    @Test func urlsFoundAsTheSearchesFoundThem() {
        func searched(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
            if word.starts(with: "www.".unicodeScalars) || word.contains("@") { return true }
            guard let colon = word.firstIndex(of: ":") else { return false }
            return word[colon...].starts(with: "://".unicodeScalars)
        }
        let alphabet = Array("w.@:/a-1".unicodeScalars)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let word = (0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let padded = ["x"] + word + ["x"]
            #expect(Typographer.isURL(word[...]) == searched(word[...]), "\(String(String.UnicodeScalarView(word)))")
            #expect(Typographer.isURL(padded[1..<(padded.count - 1)]) == searched(padded[1..<(padded.count - 1)]))
        }
    }

    /// The letter and capital tests answer some ranges without Unicode's tables; everywhere they agree with them.
    @Test func letterAndCapitalTestsAgreeWithUnicode() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Typographer.isLetter(scalar) == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            #expect(Typographer.isUpper(scalar) == scalar.properties.isUppercase, "U+\(String(value, radix: 16))")
        }
    }
}
