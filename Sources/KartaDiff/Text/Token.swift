import KartaModel

/// A piece of text a word diff moves around whole: a word, a number, a run of spaces, one punctuation mark.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case word, number, space, punctuation
    }

    var text: String
    var kind: Kind
    /// What two tokens are compared by: their typographic form, so «ёлочки» equal "straight quotes".
    var key: String

    var isSpace: Bool { kind == .space }
    /// Letters and digits carry meaning; spaces and punctuation are the glue between them.
    var isWordLike: Bool { kind == .word || kind == .number }

    /// Splits Cyrillic (or any) text into words, numbers («85», «1.4», «2,5»), space runs and single marks.
    static func split(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let start = index
            let scalar = scalars[index]
            let kind: Kind
            if Typography.isSpace(scalar) {
                while index < scalars.count, Typography.isSpace(scalars[index]) { index += 1 }
                kind = .space
            } else if isDigit(scalar) {
                while index < scalars.count {
                    if isDigit(scalars[index]) {
                        index += 1
                    } else if (scalars[index] == "." || scalars[index] == ","), index + 1 < scalars.count, isDigit(scalars[index + 1]) {
                        index += 1
                    } else {
                        break
                    }
                }
                kind = .number
            } else if isLetter(scalar) {
                while index < scalars.count, isLetter(scalars[index]) { index += 1 }
                kind = .word
            } else {
                index += 1
                kind = .punctuation
            }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[start..<index])
            let text = String(piece)
            tokens.append(Token(text: text, kind: kind, key: kind == .space ? " " : Typography.key(text)))
        }
        return tokens
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }
}
