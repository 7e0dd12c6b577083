import KartaModel
import Testing

/// Responsible parties are matched to glossary entries by key or variant, as printed in the table.
@Suite("Glossary lookup")
struct GlossaryTests {
    static let glossary = Glossary(entries: [
        GlossaryEntry(
            abbreviation: "МОУО", full: "муниципальный орган управления образованием", kind: .organization,
            variants: ["МОУО УО"], location: SourceLocation(file: "glossary.yaml", line: 1, column: 1)),
        GlossaryEntry(
            abbreviation: "ОО", full: "образовательная организация", kind: .organization,
            location: SourceLocation(file: "glossary.yaml", line: 4, column: 1)),
    ])

    @Test(arguments: [
        ("МОУО", "МОУО"), ("МОУО УО", "МОУО"), ("МОУО.", "МОУО"), ("МОУО,", "МОУО"), ("МОУО УО;", "МОУО"),
        ("  ОО: ", "ОО"), ("ОО.", "ОО"), ("ОО ", "ОО"),
    ])
    func findsTheEntryByKeyOrVariantIgnoringTrailingPunctuation(_ text: String, _ abbreviation: String) {
        #expect(Self.glossary.entry(for: text)?.abbreviation == abbreviation)
        #expect(BodyNames(glossary: Self.glossary).name(of: text) == abbreviation)
    }

    @Test(arguments: ["МО", "оо", "МОУО-УО", "ИРО", "", "МОУО УО УО"])
    func otherTextsHaveNoEntry(_ text: String) {
        #expect(Self.glossary.entry(for: text) == nil)
    }

    /// Bodies are compared by `BodyNames` (issue 15): an unknown name trimmed, in lower case, with glossary spellings
    /// inside it expanded.
    @Test func unknownPartyIsComparedTrimmedInLowerCase() {
        let names = BodyNames(glossary: Self.glossary)
        #expect(names.name(of: " Школы города. ") == "школы города")
        #expect(names.name(of: "Руководители ОО") == names.name(of: "руководители  ОО."))
        #expect(names.name(of: "руководители ОО") == "руководители образовательная организация")
    }

    @Test func firstEntryWinsWhenTwoClaimASpelling() {
        let location = SourceLocation(file: "glossary.yaml")
        let glossary = Glossary(entries: [
            GlossaryEntry(abbreviation: "МО", full: "муниципальное образование", kind: .other, location: location),
            GlossaryEntry(abbreviation: "МОО", full: "методическое объединение", kind: .other, variants: ["МО"], location: location),
        ])
        #expect(glossary.entry(for: "МО")?.full == "муниципальное образование")
    }

    /// The key trims spaces and trailing «.,;:» whatever the edges; names that start and end with a letter or
    /// a digit come back as they are without being broken into characters.
    @Test(arguments: [
        ("МОУО", "МОУО"), (" МОУО.", "МОУО"), ("ОО;", "ОО"), ("МОиПО СО, ", "МОиПО СО"), ("(МОиПО СО, РУМО).", "(МОиПО СО, РУМО)"),
        ("ГАОУ ДПО СО «ИРО»", "ГАОУ ДПО СО «ИРО»"), ("\u{00A0}ИРО\u{00A0}", "ИРО"), ("ИРО\u{2003}", "ИРО"), ("школа № 1", "школа № 1"),
        ("и\u{0306}", "и\u{0306}"), ("ИРО.\u{0301}", "ИРО.\u{0301}"), ("", ""), (" .", ""), ("1.", "1"), ("ёлка", "ёлка"),
    ])
    func keyTrimsOnlyTheEdges(_ text: String, _ key: String) {
        #expect(Array(Glossary.key(text).unicodeScalars) == Array(key.unicodeScalars))
    }

    /// Lookups go by bytes first; a spelling that is canonically the same but written with combining marks
    /// must still find its entry, whichever side the marks are on.
    @Test(arguments: [
        ("ЙОШ", "ЙОШ", true), ("И\u{306}ОШ", "ЙОШ", true), ("ЙОШ", "И\u{306}ОШ", true), ("ЁЖ", "Е\u{308}Ж", true),
        ("ЙОШ", "ИОШ", false), ("ЙОШ", "ЙОШИ", false), ("ШКОЛА №\u{A0}1", "ШКОЛА №\u{A0}1", true),
    ])
    func canonicallyEqualSpellingsMatch(_ key: String, _ text: String, _ found: Bool) {
        let glossary = Glossary(entries: [
            GlossaryEntry(abbreviation: key, full: "полное название", kind: .organization, location: SourceLocation(file: "glossary.yaml", line: 1, column: 1)),
        ])
        #expect((glossary.entry(for: text) != nil) == found)
    }
}
