import KartaModel

/// Finds glossary abbreviations in running text and wraps them in `<abbr title="…">`.
///
/// Matching is case-sensitive and on whole words («ПО» is an abbreviation, «по» is not), takes the
/// longest spelling («ГАОУ ДПО СО «ИРО»» before «ГАОУ ДПО СО»), and skips words inside a run of
/// capitals such as «ДОРОЖНАЯ КАРТА ПО НАПРАВЛЕНИЮ», where «ПО» is an ordinary word.
struct AbbreviationMatcher: Sendable {
    /// First word of a spelling → (spelling, escaped expansion), longest spelling first.
    private let candidates: [String: [(spelling: [Unicode.Scalar], title: String)]]
    private let knownWords: Set<String>
    /// First and last scalar and length of every spelling's first word: most words differ in one of
    /// them and need no string made for the lookup (every new text of a build passes through here).
    private let firstWordShapes: Set<WordShape>

    private struct WordShape: Hashable {
        var first: Unicode.Scalar
        var last: Unicode.Scalar
        var length: Int
    }

    init(glossary: Glossary) {
        var candidates: [String: [(spelling: [Unicode.Scalar], title: String)]] = [:]
        var known: Set<String> = []
        for entry in glossary.entries {
            for spelling in [entry.abbreviation] + entry.variants {
                let scalars = Array(spelling.unicodeScalars)
                let first = String(String.UnicodeScalarView(scalars.prefix(while: Self.isWordScalar)))
                guard !first.isEmpty, glossary.entry(for: spelling)?.abbreviation == entry.abbreviation else { continue }
                candidates[first, default: []].append((scalars, Self.escapeAttribute(entry.full)))
                known.formUnion(spelling.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
            }
        }
        self.candidates = candidates.mapValues { $0.sorted { $0.spelling.count > $1.spelling.count } }
        knownWords = known
        firstWordShapes = Set(candidates.keys.compactMap { word in
            word.unicodeScalars.first.map { WordShape(first: $0, last: word.unicodeScalars.last ?? $0, length: word.unicodeScalars.count) }
        })
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        Typographer.isLetter(scalar) || Typographer.isDigit(scalar)
    }

    /// The text as UTF-8, abbreviations wrapped. Written as bytes: appending scalar by scalar to a
    /// string was most of the time spent here.
    func wrap(_ scalars: [Unicode.Scalar]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(scalars.count * 2)
        func append(_ part: ArraySlice<Unicode.Scalar>) {
            for scalar in part {
                // ASCII and the two-byte range (Cyrillic) written directly: the general encoder's closure per
                // byte was a quarter of this function.
                let value = scalar.value
                if value < 0x80 {
                    output.append(UInt8(value))
                } else if value < 0x800 {
                    output.append(UInt8(0xC0 | value >> 6))
                    output.append(UInt8(0x80 | value & 0x3F))
                } else {
                    UTF8.encode(scalar) { output.append($0) }
                }
            }
        }
        guard !candidates.isEmpty else {
            append(scalars[...])
            return output
        }
        var index = 0
        var copiedUpTo = 0
        while index < scalars.count {
            guard Self.isWordScalar(scalars[index]), index == 0 || !Self.isWordScalar(scalars[index - 1]) else {
                index += 1
                continue
            }
            var wordEnd = index
            while wordEnd < scalars.count, Self.isWordScalar(scalars[wordEnd]) { wordEnd += 1 }
            if firstWordShapes.contains(WordShape(first: scalars[index], last: scalars[wordEnd - 1], length: wordEnd - index)),
               let options = candidates[String(String.UnicodeScalarView(scalars[index..<wordEnd]))],
               !inCapitalRun(scalars, wordStart: index, wordEnd: wordEnd),
               let match = options.first(where: { matches($0.spelling, in: scalars, at: index) }) {
                append(scalars[copiedUpTo..<index])
                output += "<abbr title=\"\(match.title)\">".utf8
                append(match.spelling[...])
                output += "</abbr>".utf8
                index += match.spelling.count
                copiedUpTo = index
                continue
            }
            index = wordEnd
        }
        append(scalars[copiedUpTo...])
        return output
    }

    private func matches(_ spelling: [Unicode.Scalar], in scalars: [Unicode.Scalar], at start: Int) -> Bool {
        let end = start + spelling.count
        guard end <= scalars.count, scalars[start..<end].elementsEqual(spelling) else { return false }
        return end == scalars.count || !Self.isWordScalar(scalars[end]) || !Self.isWordScalar(spelling[spelling.count - 1])
    }

    /// True when a neighbouring word is an all-capitals word that is not itself an abbreviation.
    private func inCapitalRun(_ scalars: [Unicode.Scalar], wordStart: Int, wordEnd: Int) -> Bool {
        func isShouting(_ range: Range<Int>) -> Bool {
            guard range.count >= 3, scalars[range].allSatisfy({ $0.properties.isUppercase }) else { return false }
            return !knownWords.contains(String(String.UnicodeScalarView(scalars[range])))
        }
        var before = wordStart - 1
        while before >= 0, !Self.isWordScalar(scalars[before]) { before -= 1 }
        var beforeStart = before
        while beforeStart >= 0, Self.isWordScalar(scalars[beforeStart]) { beforeStart -= 1 }
        if before >= 0, isShouting((beforeStart + 1)..<(before + 1)) { return true }
        var after = wordEnd
        while after < scalars.count, !Self.isWordScalar(scalars[after]) { after += 1 }
        var afterEnd = after
        while afterEnd < scalars.count, Self.isWordScalar(scalars[afterEnd]) { afterEnd += 1 }
        return after < scalars.count && isShouting(after..<afterEnd)
    }

    static func escapeAttribute(_ text: String) -> String { HTMLText.escape(text) }
}
