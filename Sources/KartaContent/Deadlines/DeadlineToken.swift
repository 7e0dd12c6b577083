import KartaModel
/// A word, a run of ASCII digits or one punctuation character of a deadline cell.
///
/// The parser works on tokens rather than regular expressions so that its work stays linear in the
/// cell's length whatever the input; `start`/`end` point back into the cell so notes and labels are
/// quoted verbatim.
struct DeadlineToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case number
        case word
        case symbol
    }

    var kind: Kind
    /// Lower-cased, «ё» read as «е», every dash as `-`.
    var text: String
    /// Character offsets of the token in the cell, `end` exclusive.
    var start: Int
    var end: Int
    /// The value of a number of at most nine digits.
    var value: Int?

    /// Splits `characters` into tokens; whitespace separates tokens and is dropped.
    static func tokenize(_ characters: [Character]) -> [DeadlineToken] {
        var tokens: [DeadlineToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if isDigit(character) {
                let start = index
                while index < characters.count, isDigit(characters[index]) { index += 1 }
                let digits = String(characters[start..<index])
                tokens.append(DeadlineToken(
                    kind: .number, text: digits, start: start, end: index, value: digits.count <= 9 ? Int(digits) : nil
                ))
            } else if character.isLetter {
                let start = index
                while index < characters.count, characters[index].isLetter { index += 1 }
                let lowered = String(characters[start..<index]).lowercased()
                tokens.append(DeadlineToken(
                    kind: .word, text: RussianText.foldingYo(lowered), start: start, end: index, value: nil
                ))
            } else {
                let text = dashes.contains(character) ? "-" : String(character)
                tokens.append(DeadlineToken(kind: .symbol, text: text, start: index, end: index + 1, value: nil))
                index += 1
            }
        }
        return tokens
    }

    /// Only ASCII digits: other «numbers» (², ½, Arabic-Indic digits) are not dates.
    private static func isDigit(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return ascii >= 48 && ascii <= 57
    }

    /// Hyphen, en dash, em dash, minus and their look-alikes: the seeds mix them freely.
    private static let dashes: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}"]
}
