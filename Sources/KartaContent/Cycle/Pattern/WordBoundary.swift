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
        if scalar == "\u{200C}" || scalar == "\u{200D}" { return true }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }

    private static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .format
    }
}
