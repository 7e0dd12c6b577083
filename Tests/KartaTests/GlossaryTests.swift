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
        #expect(Self.glossary.canonicalName(text) == abbreviation)
    }

    @Test(arguments: ["МО", "оо", "МОУО-УО", "ИРО", "", "МОУО УО УО"])
    func otherTextsHaveNoEntry(_ text: String) {
        #expect(Self.glossary.entry(for: text) == nil)
    }

    @Test func unknownPartyIsComparedTrimmed() {
        #expect(Self.glossary.canonicalName(" Школы города. ") == "Школы города")
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
