import KartaModel

/// The words of a text (runs of letters and digits) without breaking it into graphemes first, for texts where
/// every scalar is a grapheme of its own: Latin, Cyrillic, common punctuation. Splitting by `Character` was
/// most of the wording check (10 % of a municipality-scale load); other texts keep that way (`nil` here).
enum WordSplitter {
    /// `keeping`: words whose first scalar it refuses are given as "" (their place kept, their text not built).
    static func words(inSingleScalarText text: String, keeping: (Unicode.Scalar) -> Bool = { _ in true }) -> [String]? {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        var inWord = false
        var kept = false
        for scalar in text.unicodeScalars {
            guard SingleScalarGraphemes.standsAlone(scalar) else { return nil }
            if isWordScalar(scalar) {
                if !inWord {
                    inWord = true
                    kept = keeping(scalar)
                }
                if kept { word.append(scalar) }
            } else if inWord {
                words.append(String(word))
                word = String.UnicodeScalarView()
                inWord = false
            }
        }
        if inWord { words.append(String(word)) }
        return words
    }

    /// `Character.isLetter || Character.isNumber` for a one-scalar character.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x410...0x44F, 0x401, 0x451: true
        case 0..<0x80: false
        default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }
}
