/// Names responsible bodies by what they are, through one or more glossaries: case, quotes, dashes,
/// spaces, ё and trailing punctuation do not tell names apart, and an abbreviation, its variants and
/// its expansion all lead to the abbreviation («МОУО», «МОУО УО» and «муниципальный орган управления
/// образованием» are one name). The one definition of «the same name» that the site, the incremental
/// build and the diff share; `BodyIdentity` adds the territory.
public struct BodyNames: Sendable {
    private var entries: [String: GlossaryEntry] = [:]
    /// Each abbreviation and variant, normalised, with its entry's expansion normalised: a name that is not a
    /// glossary spelling itself is compared with the spellings inside it expanded («Раб. группа при ИРО» is
    /// «Рабочая группа при ИРО» when the glossary says «Раб. группа» is «рабочая группа»).
    private var expansions: [String: String] = [:]
    /// The most words of a spelling in `expansions`.
    private var longestSpelling = 0
    /// What each distinct party text gave: a site names a few hundred bodies in tens of thousands of
    /// cells, and every page, export and plan asks again.
    private let readings = SharedMemo<TextKey, Reading>()
    private let bodyLists = SharedMemo<TextKey, [String]>()
    private let organisationLists = SharedMemo<TextKey, [String]>()
    private let personNames = SharedMemo<TextKey, Bool>()

    /// What a text reads as: its glossary entry and the name it shares with its other spellings.
    private struct Reading {
        var entry: GlossaryEntry?
        var name: String
    }

    /// Where the glossaries disagree, the first wins. Within one, an abbreviation is never taken by
    /// another entry's variant, nor a variant by an expansion.
    public init(glossaries: [Glossary]) {
        for glossary in glossaries {
            // Each spelling normalised once: the normalising is most of the work, and every spelling is read twice.
            let keys = glossary.entries.map { entry in
                (abbreviation: Self.key(entry.abbreviation), variants: entry.variants.map(Self.key), full: Self.key(entry.full))
            }
            typealias Keys = (abbreviation: String, variants: [String], full: String)
            for spellings in [{ (key: Keys) in [key.abbreviation] }, \.variants, { [$0.full] }] {
                for (entry, key) in zip(glossary.entries, keys) {
                    for spelling in spellings(key) where !spelling.isEmpty && entries[spelling] == nil { entries[spelling] = entry }
                }
            }
            for key in keys {
                for spelling in [key.abbreviation] + key.variants where !spelling.isEmpty && expansions[spelling] == nil {
                    expansions[spelling] = key.full
                    longestSpelling = max(longestSpelling, spelling.split(separator: " ").count)
                }
            }
        }
    }

    public init(glossary: Glossary) { self.init(glossaries: [glossary]) }

    /// The normalised text: case, quotes, dashes, spaces, ё and trailing punctuation left out.
    public static func key(_ text: String) -> String {
        var key = Typography.key(text).lowercased()
        while let last = key.last, ".,;:".contains(last) || last == " " { key.removeLast() }
        return key
    }

    /// The glossary entry a name is a spelling of.
    public func entry(for text: String) -> GlossaryEntry? { reading(of: text).entry }

    /// The name two spellings of one body share: the glossary's abbreviation, else the normalised text with
    /// the glossary spellings inside it expanded.
    public func name(of text: String) -> String { reading(of: text).name }

    /// The entry and the name of a text, worked out once per distinct text.
    private func reading(of text: String) -> Reading {
        readings.value(for: text[...]) { text in
            let key = Self.key(String(text))
            let entry = entries[key]
            return Reading(entry: entry, name: entry?.abbreviation ?? expanded(key))
        }
    }

    /// A normalised name with each glossary spelling in it (whole words, the longest first) replaced by its
    /// entry's normalised expansion.
    func expanded(_ key: String) -> String {
        guard longestSpelling > 0 else { return key }
        let words = key.split(separator: " ")
        var output: [String] = []
        var index = 0
        while index < words.count {
            let longest = min(longestSpelling, words.count - index)
            let match = stride(from: longest, through: 1, by: -1).lazy.compactMap { length -> (Int, String)? in
                self.expansions[words[index..<(index + length)].joined(separator: " ")].map { (length, $0) }
            }.first
            if let (length, expansion) = match {
                output.append(expansion)
                index += length
            } else {
                output.append(String(words[index]))
                index += 1
            }
        }
        return output.joined(separator: " ")
    }

    /// Whether the text is a spelling the glossaries know.
    public func knows(_ text: String) -> Bool { reading(of: text).entry != nil }

    /// The bodies a party's text names: the whole text when it is a known name, else its parts, split at
    /// commas, semicolons and line breaks outside brackets and quotes, with brackets around the whole
    /// list and trailing punctuation dropped («(МОиПО СО, РУМО).» names two bodies).
    public func bodies(in text: String) -> [String] {
        bodyLists.value(for: text[...]) { _ in
            knows(text) ? [String(Typography.trimmed(text))] : Self.split(Self.unbracketed(text))
        }
    }

    /// Whether `text` is a person's name (`PersonName.isName`), once per distinct text.
    public func isPersonName(_ text: String) -> Bool {
        personNames.value(for: text[...]) { _ in PersonName.isName(text) }
    }

    /// The bodies of `bodies(in:)` that are not people's names («Петров П.П.»), once per distinct text.
    public func organisations(in text: String) -> [String] {
        organisationLists.value(for: text[...]) { _ in bodies(in: text).filter { !isPersonName($0) } }
    }

    /// «(МОиПО СО, РУМО).» → «МОиПО СО, РУМО»; text not wholly in one pair of brackets is left as it is
    /// («Петров П.П.» keeps its last dot).
    static func unbracketed(_ text: String) -> String {
        var trimmed = Substring(Typography.trimmed(text))
        while let last = trimmed.last, ".,;:".contains(last) || last.isWhitespace { trimmed.removeLast() }
        guard trimmed.first == "(", trimmed.last == ")" else { return text }
        var depth = 0
        for (offset, character) in trimmed.enumerated() {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            // The first bracket closes before the end: «(ИРО) и (РЦОИ)» is not one bracketed list.
            if depth == 0, offset < trimmed.count - 1 { return text }
        }
        return String(trimmed.dropFirst().dropLast())
    }

    /// The parts of a list of bodies, split at commas, semicolons and line breaks outside brackets and quotes.
    public static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var quoted = false
        for character in text {
            switch character {
            case "(", "[", "«": depth += 1
            case ")", "]", "»": depth = max(0, depth - 1)
            case "\"": quoted.toggle()
            default: break
            }
            if character == "," || character == ";" || character == "\n", depth == 0, !quoted {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.map { String(Typography.trimmed($0)) }.filter { !$0.isEmpty }
    }
}
