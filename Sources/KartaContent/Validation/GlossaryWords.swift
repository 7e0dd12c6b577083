import KartaModel

/// The spellings of one glossary by each of their words, to tell whether a capital word of a text is
/// explained: an entry of its own, or a word of a longer spelling found in the same text («ТП» of «ТП РПК»).
struct GlossaryWords: Sendable {
    let glossary: Glossary
    private let spellingsByWord: [String: [String]]

    init(_ glossary: Glossary) {
        self.glossary = glossary
        var spellingsByWord: [String: [String]] = [:]
        for entry in glossary.entries {
            for spelling in [entry.abbreviation] + entry.variants {
                for word in ContentValidator.words(in: spelling) { spellingsByWord[word, default: []].append(spelling) }
            }
        }
        self.spellingsByWord = spellingsByWord
    }

    func explains(_ token: String, in text: String) -> Bool {
        glossary.entry(for: token) != nil || (spellingsByWord[token] ?? []).contains { text.contains($0) }
    }
}
