/// Scalars no grapheme rule joins to a neighbour, so a text made only of them can be walked scalar by
/// scalar with the results of walking it by `Character`, without grapheme breaking, which is slow.
/// CR LF is one grapheme but two scalars; callers treat both as whitespace or line breaks alike.
public enum SingleScalarGraphemes {
    /// Below the combining marks, Cyrillic without its combining marks, general punctuation without
    /// the joiners, and letterlike symbols such as «№».
    public static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x400...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E, 0x2100...0x214F: true
        default: false
        }
    }

    /// Whether every scalar of `text` stands alone.
    public static func holdOnly(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(standsAlone)
    }
}
