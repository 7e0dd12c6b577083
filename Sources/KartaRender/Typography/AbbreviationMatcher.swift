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

    /// The text as UTF-8, abbreviations wrapped. The abbreviations are found first, then the bytes are
    /// written once into a buffer of the size they can take: appended byte by byte, with a check of the
    /// array's room and uniqueness each, they were most of the time spent here.
    func wrap(_ scalars: [Unicode.Scalar]) -> [UInt8] {
        var found: [(start: Int, spelling: [Unicode.Scalar], title: String)] = []
        var index = 0
        while !candidates.isEmpty, index < scalars.count {
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
                found.append((index, match.spelling, match.title))
                index += match.spelling.count
                continue
            }
            index = wordEnd
        }
        let capacity = scalars.count * 4 + found.reduce(0) { $0 + $1.title.utf8.count + Self.abbrMarkup }
        return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var at = 0
            func put(_ scalar: Unicode.Scalar) {
                UTF8.encode(scalar) { byte in
                    buffer[at] = byte
                    at += 1
                }
            }
            func put(_ text: String) {
                for byte in text.utf8 {
                    buffer[at] = byte
                    at += 1
                }
            }
            var copied = 0
            for (start, spelling, title) in found {
                for position in copied..<start { put(scalars[position]) }
                put("<abbr title=\"")
                put(title)
                put("\">")
                for scalar in spelling { put(scalar) }
                put("</abbr>")
                copied = start + spelling.count
            }
            for position in copied..<scalars.count { put(scalars[position]) }
            count = at
        }
    }

    /// The bytes `<abbr title="` `">` `</abbr>` add around an abbreviation, besides its title.
    private static let abbrMarkup = "<abbr title=\"\">".utf8.count + "</abbr>".utf8.count

    private func matches(_ spelling: [Unicode.Scalar], in scalars: [Unicode.Scalar], at start: Int) -> Bool {
        let end = start + spelling.count
        guard end <= scalars.count, scalars[start..<end].elementsEqual(spelling) else { return false }
        return end == scalars.count || !Self.isWordScalar(scalars[end]) || !Self.isWordScalar(spelling[spelling.count - 1])
    }

    /// True when a neighbouring word is an all-capitals word that is not itself an abbreviation.
    private func inCapitalRun(_ scalars: [Unicode.Scalar], wordStart: Int, wordEnd: Int) -> Bool {
        func isShouting(_ range: Range<Int>) -> Bool {
            guard range.count >= 3, scalars[range].allSatisfy(Typographer.isUpper) else { return false }
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
