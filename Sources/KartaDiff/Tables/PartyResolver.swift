import KartaModel

/// Names responsible bodies by what they are, so that «МОУО», «МОУО УО» and «муниципальный орган
/// управления образованием» compare equal: abbreviations, variants and expansions of both
/// versions' glossaries all lead to the abbreviation. People (`persons:`) are compared by surname
/// and initials, however the name is printed.
struct PartyResolver: Sendable {
    private var canonical: [String: String] = [:]

    /// The new glossary wins where the two disagree.
    init(glossaries: [Glossary]) {
        for glossary in glossaries {
            for entry in glossary.entries {
                for spelling in [entry.abbreviation] + entry.variants + [entry.full] {
                    let key = Self.key(spelling)
                    if !key.isEmpty, canonical[key] == nil { canonical[key] = entry.abbreviation }
                }
            }
        }
    }

    /// Case, quotes, dashes, spaces, ё and trailing punctuation do not tell bodies apart.
    static func key(_ text: String) -> String {
        var key = Typography.key(text).lowercased()
        while let last = key.last, ".,;:".contains(last) || last == " " { key.removeLast() }
        return key
    }

    /// Each body of a list with the key it is compared by. A cell that names several bodies at once
    /// («МОУО, ОО») is split at commas and semicolons outside brackets and quotes, unless the whole
    /// text is a known name.
    func parties(_ names: [String]) -> [(name: String, key: String)] {
        var result: [(String, String)] = []
        var seen = Set<String>()
        for name in names {
            let parts = canonical[Self.key(name)] != nil ? [name] : Self.split(name)
            for part in parts {
                // «Петров П.П.», «Петров П. П.» and «П.П. Петров» are one person.
                let key = canonical[Self.key(part)].map { "=" + $0 } ?? PersonName(part).map { "@" + $0.key } ?? Self.key(part)
                if !key.isEmpty, seen.insert(key).inserted { result.append((part, key)) }
            }
        }
        return result
    }

    static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var quoted = false
        for character in text {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case "«": depth += 1
            case "»": depth = max(0, depth - 1)
            case "\"": quoted.toggle()
            default: break
            }
            if (character == "," || character == ";" || character == "\n"), depth == 0, !quoted {
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
