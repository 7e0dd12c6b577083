/// ICU's `\b` (without `UREGEX_UWORD`): a change between a word scalar and a non-word one, where combining
/// marks and format characters count as part of the scalar before them.
enum WordBoundary {
    static func isBoundary(in text: [Unicode.Scalar], at position: Int) -> Bool {
        var currentIsWord = false
        if position < text.count {
            if isIgnored(text[position]) { return false }
            currentIsWord = isWord(text[position])
        }
        var previousIsWord = false
        var index = position
        while index > 0 {
            index -= 1
            if !isIgnored(text[index]) {
                previousIsWord = isWord(text[index])
                break
            }
        }
        return currentIsWord != previousIsWord
    }

    /// ICU's `\w`: `[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200c\u200d]`.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII and Cyrillic letters directly: the Unicode property look-ups were most of finding the stems.
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x5F, 0x61...0x7A, 0x400...0x481: return true
        case 0..<0x80, 0x482: return false
        default: break
        }
        if scalar == "\u{200C}" || scalar == "\u{200D}" { return true }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }

    private static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 || (0x400...0x482).contains(scalar.value) { return false }
        return scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .format
    }
}
