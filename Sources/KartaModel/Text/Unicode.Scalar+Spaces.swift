extension Unicode.Scalar {
    /// `properties.isWhitespace` without the property table for ASCII and basic Cyrillic, which are nearly
    /// every scalar of a Russian text (the look-up was 6 % of a region-scale load, 2 % of its render).
    public var isWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x20: true
        case 0..<0x80, 0x400...0x4FF: false
        default: properties.isWhitespace
        }
    }

    /// The scalars `Character.isNewline` is true for: LF, VT, FF, CR, NEL, LS and PS. A character that
    /// starts with one of them is a line break (CR LF included).
    public var isLineBreak: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
