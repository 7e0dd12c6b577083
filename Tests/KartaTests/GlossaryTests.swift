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
}
