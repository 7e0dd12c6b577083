/// A 1-based line and column (counted in Unicode scalars, as `SourceLocation` counts them).
struct TextPosition: Equatable, CustomStringConvertible {
    var line: Int
    var column: Int

    var description: String { "\(line):\(column)" }

    /// The position of `index` in `text`.
    init(of index: String.Index, in text: String) {
        let before = text[..<index]
        line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        column = text.unicodeScalars[lineStart..<index].count + 1
    }

    /// The position of the first occurrence of `needle` at or after `start`.
    static func of(_ needle: String, in text: String, from start: String.Index? = nil) -> TextPosition? {
        guard let range = text.range(of: needle, range: (start ?? text.startIndex)..<text.endIndex) else { return nil }
        return TextPosition(of: range.lowerBound, in: text)
    }
}
