import KartaModel

/// Finds glossary abbreviations in running text and wraps them in `<abbr title="…">`.
///
/// Matching is case-sensitive and on whole words («ПО» is an abbreviation, «по» is not), takes the
/// longest spelling («ГАОУ ДПО СО «ИРО»» before «ГАОУ ДПО СО»), and skips words inside a run of
/// capitals such as «ДОРОЖНАЯ КАРТА ПО НАПРАВЛЕНИЮ», where «ПО» is an ordinary word.
struct AbbreviationMatcher: Sendable {
    /// First word of a spelling → (spelling, expansion), longest spelling first.
    private let candidates: [String: [(spelling: [Character], full: String)]]
    private let knownWords: Set<String>

    init(glossary: Glossary) {
        var candidates: [String: [(spelling: [Character], full: String)]] = [:]
        var known: Set<String> = []
        for entry in glossary.entries {
            for spelling in [entry.abbreviation] + entry.variants {
                let characters = Array(spelling)
                let first = String(characters.prefix { Self.isWordCharacter($0) })
                guard !first.isEmpty, glossary.entry(for: spelling)?.abbreviation == entry.abbreviation else { continue }
                candidates[first, default: []].append((characters, entry.full))
                known.formUnion(spelling.split(whereSeparator: { !Self.isWordCharacter($0) }).map(String.init))
            }
        }
        self.candidates = candidates.mapValues { $0.sorted { $0.spelling.count > $1.spelling.count } }
        knownWords = known
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    func wrap(_ text: String) -> String {
        guard !candidates.isEmpty else { return text }
        let characters = Array(text)
        var output = ""
        output.reserveCapacity(characters.count)
        var index = 0
        var copiedUpTo = 0
        while index < characters.count {
            guard Self.isWordCharacter(characters[index]), index == 0 || !Self.isWordCharacter(characters[index - 1]) else {
                index += 1
                continue
            }
            var wordEnd = index
            while wordEnd < characters.count, Self.isWordCharacter(characters[wordEnd]) { wordEnd += 1 }
            let word = String(characters[index..<wordEnd])
            if let options = candidates[word], !inCapitalRun(characters, wordStart: index, wordEnd: wordEnd),
               let match = options.first(where: { matches($0.spelling, in: characters, at: index) }) {
                output += String(characters[copiedUpTo..<index])
                output += "<abbr title=\"\(Self.escapeAttribute(match.full))\">\(String(match.spelling))</abbr>"
                index += match.spelling.count
                copiedUpTo = index
                continue
            }
            index = wordEnd
        }
        output += String(characters[copiedUpTo...])
        return output
    }

    private func matches(_ spelling: [Character], in characters: [Character], at start: Int) -> Bool {
        let end = start + spelling.count
        guard end <= characters.count, Array(characters[start..<end]) == spelling else { return false }
        return end == characters.count || !Self.isWordCharacter(characters[end]) || !Self.isWordCharacter(spelling[spelling.count - 1])
    }

    /// True when a neighbouring word is an all-capitals word that is not itself an abbreviation.
    private func inCapitalRun(_ characters: [Character], wordStart: Int, wordEnd: Int) -> Bool {
        func isShouting(_ word: String) -> Bool {
            word.count >= 3 && word.allSatisfy(\.isUppercase) && !knownWords.contains(word)
        }
        var before = wordStart - 1
        while before >= 0, !Self.isWordCharacter(characters[before]) { before -= 1 }
        var beforeStart = before
        while beforeStart >= 0, Self.isWordCharacter(characters[beforeStart]) { beforeStart -= 1 }
        if before >= 0, isShouting(String(characters[(beforeStart + 1)...before])) { return true }
        var after = wordEnd
        while after < characters.count, !Self.isWordCharacter(characters[after]) { after += 1 }
        var afterEnd = after
        while afterEnd < characters.count, Self.isWordCharacter(characters[afterEnd]) { afterEnd += 1 }
        return after < characters.count && isShouting(String(characters[after..<afterEnd]))
    }

    static func escapeAttribute(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
