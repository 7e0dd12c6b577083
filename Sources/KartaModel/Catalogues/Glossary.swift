/// The abbreviations of the site, looked up by their printed form or any variant spelling.
public struct Glossary: Sendable {
    public private(set) var entries: [GlossaryEntry]
    private var index: [String: Int]

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
    }

    /// The entry a party's text names, ignoring surrounding spaces and trailing punctuation.
    public func entry(for text: String) -> GlossaryEntry? {
        index[Self.key(text)].map { entries[$0] }
    }

    public static func key(_ text: String) -> String {
        var trimmed = Substring(text)
        while let last = trimmed.last, last.isWhitespace || ".,;:".contains(last) { trimmed.removeLast() }
        while let first = trimmed.first, first.isWhitespace { trimmed.removeFirst() }
        return String(trimmed)
    }
}
