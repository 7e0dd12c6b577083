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
    /// First scalars of all spellings: most words start otherwise and need no lookup.
    private let firstScalars: Set<Unicode.Scalar>

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
        firstScalars = Set(candidates.keys.compactMap(\.unicodeScalars.first))
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        Typographer.isLetter(scalar) || Typographer.isDigit(scalar)
    }

    func wrap(_ scalars: [Unicode.Scalar]) -> String {
        var output = String.UnicodeScalarView()
        guard !candidates.isEmpty else {
            output.append(contentsOf: scalars)
            return String(output)
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
            if firstScalars.contains(scalars[index]), let options = candidates[String(String.UnicodeScalarView(scalars[index..<wordEnd]))],
               !inCapitalRun(scalars, wordStart: index, wordEnd: wordEnd),
               let match = options.first(where: { matches($0.spelling, in: scalars, at: index) }) {
                output.append(contentsOf: scalars[copiedUpTo..<index])
                output.append(contentsOf: "<abbr title=\"\(match.title)\">".unicodeScalars)
                output.append(contentsOf: match.spelling)
                output.append(contentsOf: "</abbr>".unicodeScalars)
                index += match.spelling.count
                copiedUpTo = index
                continue
            }
            index = wordEnd
        }
        output.append(contentsOf: scalars[copiedUpTo...])
        return String(output)
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
