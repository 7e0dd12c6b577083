/// Russian text compared as readers compare it: «ё» is written as «е» as often as not, so matching
/// (deadline words, table headers, bodies) reads the two as one. The stage classifier folds «ё» in
/// its own single pass over the text, decomposed forms included, for speed.
public enum RussianText {
    /// `ё` read as `е`, composed or decomposed (`е` + U+0308) (lower case only: callers lower-case first).
    public static func foldingYo(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "ё" || $0 == "\u{308}" }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\u{308}", result.last == "е" { continue }
            result.append(scalar == "ё" ? "е" : scalar)
        }
        return String(result)
    }
}
