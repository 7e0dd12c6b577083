import Foundation
import KartaModel

/// Russian typography and abbreviation expansions for the text of a finished page.
///
/// Runs on text nodes only (see `TextNodes`), so markup, attributes and URLs in `href` are never
/// touched. The words stay the same: only quotes, spaces and range dashes change, and known
/// abbreviations get an `<abbr title="…">` around them.
public struct Typographer: Sendable {
    static let nbsp: Character = "\u{00A0}"
    let abbreviations: AbbreviationMatcher

    public init(glossary: Glossary) {
        abbreviations = AbbreviationMatcher(glossary: glossary)
    }

    public func apply(toPage html: String) -> String {
        TextNodes.rewrite(html) { text in
            abbreviations.wrap(Self.typeset(text))
        }
    }

    /// Quotes, non-breaking spaces and range dashes, applied word by word so a URL written in the
    /// text is left exactly as it is.
    static func typeset(_ text: Substring) -> String {
        let decoded = text.replacingOccurrences(of: "&quot;", with: "\"")
        var characters = Array(decoded)
        quote(&characters)
        var output = ""
        output.reserveCapacity(characters.count + 8)
        var index = 0
        while index < characters.count {
            var end = index
            while end < characters.count, !characters[end].isWhitespace { end += 1 }
            let word = characters[index..<end]
            output += isURL(word) ? String(word) : dashRanges(word)
            guard end < characters.count else { break }
            output.append(spaceAfter(word, next: end + 1 < characters.count ? characters[end + 1] : nil) ?? characters[end])
            index = end + 1
        }
        return output.replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// Straight double quotes become «ёлочки»: opening after a space, bracket or dash, closing otherwise.
    static func quote(_ characters: inout [Character]) {
        for index in characters.indices where characters[index] == "\"" {
            let previous = index > 0 ? characters[index - 1] : " "
            characters[index] = previous.isWhitespace || "([«—–-/".contains(previous) || previous == nbsp ? "«" : "»"
        }
    }

    static func isURL(_ word: ArraySlice<Character>) -> Bool {
        let text = String(word)
        return text.contains("://") || text.hasPrefix("www.") || text.contains("@")
    }

    /// `2019-2021`, `8-11`, `18.01-04.02.2022`: a hyphen between digits is a range, written with an en dash.
    static func dashRanges(_ word: ArraySlice<Character>) -> String {
        var characters = Array(word)
        for index in characters.indices.dropFirst().dropLast()
        where characters[index] == "-" && characters[index - 1].isNumber && characters[index + 1].isNumber {
            characters[index] = "–"
        }
        return String(characters)
    }

    /// The space after `word` becomes non-breaking when the word must stay with what follows:
    /// one-letter words («в», «и», «с»), «№», initials («О.А.»), and a number before «г.»/«гг.».
    static func spaceAfter(_ word: ArraySlice<Character>, next: Character?) -> Character? {
        guard let last = word.last else { return nil }
        let letters = word.filter(\.isLetter)
        if word.count == 1, last.isLetter { return nbsp }
        if word.count == 1, last == "№" { return nbsp }
        if let next, next == "г", word.allSatisfy(\.isNumber), word.count == 4 { return nbsp }
        if last == ".", !letters.isEmpty, letters.allSatisfy(\.isUppercase), letters.count <= 3,
           word.count == letters.count * 2, let next, next.isUppercase {
            return nbsp
        }
        return nil
    }
}
