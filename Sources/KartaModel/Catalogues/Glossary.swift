/// The abbreviations of the site, looked up by their printed form or any variant spelling.
public struct Glossary: Sendable {
    public private(set) var entries: [GlossaryEntry]
    private let index: [String: Int]
    /// `index` by the keys' bytes, answered first (`entry(for:)`): hashing a Russian `String` runs Unicode
    /// normalisation, and every party of every row on every page is looked up.
    private let byBytes: ByteIndex

    private struct ByteIndex: Sendable {
        var positions: [TextKey: Int] = [:]
        /// Whether every key is `isPlain`, so a plain text missing here is missing from `index` too.
        var keysArePlain = true
    }

    public init(entries: [GlossaryEntry] = []) {
        self.entries = entries
        var index: [String: Int] = [:]
        // Keys first: an abbreviation that is an entry of its own is never taken by another's variant.
        for (position, entry) in entries.enumerated() where index[Self.key(entry.abbreviation)] == nil {
            index[Self.key(entry.abbreviation)] = position
        }
        for (position, entry) in entries.enumerated() {
            for variant in entry.variants where index[Self.key(variant)] == nil {
                index[Self.key(variant)] = position
            }
        }
        self.index = index
        byBytes = Self.byteIndex(index)
    }

    /// The glossaries a territory reads, closest first: an entry of a nearer glossary hides one of the same
    /// spelling further up, and within a glossary the rule above holds.
    public init(layers: [Glossary]) {
        var entries: [GlossaryEntry] = []
        var index: [String: Int] = [:]
        for layer in layers {
            for entry in layer.entries where index[Self.key(entry.abbreviation)] == nil {
                index[Self.key(entry.abbreviation)] = entries.count
                entries.append(entry)
            }
            for entry in layer.entries {
                guard let position = index[Self.key(entry.abbreviation)], entries[position].location == entry.location else { continue }
                for variant in entry.variants where index[Self.key(variant)] == nil { index[Self.key(variant)] = position }
            }
        }
        self.entries = entries
        self.index = index
        byBytes = Self.byteIndex(index)
    }

    /// The entry a party's text names, ignoring surrounding spaces and trailing punctuation.
    public func entry(for text: String) -> GlossaryEntry? {
        let key = Self.key(text)
        if let position = byBytes.positions[TextKey(key)] { return entries[position] }
        // Plain texts are in Unicode's composed form, so canonically equal plain texts are equal bytes.
        if byBytes.keysArePlain, Self.isPlain(key) { return nil }
        return index[key].map { entries[$0] }
    }

    private static func byteIndex(_ index: [String: Int]) -> ByteIndex {
        var byBytes = ByteIndex()
        for (key, position) in index {
            byBytes.positions[TextKey(key)] = position
            if !isPlain(key) { byBytes.keysArePlain = false }
        }
        return byBytes
    }

    /// Only ASCII, Latin-1, the Russian alphabet and the en and em dashes: scalars no normalisation changes
    /// or combines, so such a text is already in composed form (NFC).
    static func isPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0...0xFF, 0x401, 0x410...0x44F, 0x451, 0x2013, 0x2014: true
            default: false
            }
        }
    }

    public static func key(_ text: String) -> String {
        // Most names start and end with a letter, a digit or a bracket: nothing to trim, and no need to break
        // the text into characters, which every party of every row on every page paid for.
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
           isPlainEdge(first), isPlainEdge(last) || last == ")" || last == "»" {
            return text
        }
        var trimmed = Substring(text)
        while let last = trimmed.last, last.isWhitespace || ".,;:".contains(last) { trimmed.removeLast() }
        while let first = trimmed.first, first.isWhitespace { trimmed.removeFirst() }
        return String(trimmed)
    }

    /// A Latin or Russian letter or a digit: never trimmed, and never the start of a longer character.
    private static func isPlainEdge(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x401, 0x410...0x44F, 0x451: true
        default: false
        }
    }
}
