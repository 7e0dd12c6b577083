import Foundation

/// The page kind a template names in its `{{$kind}}…{{/kind}}` block, and where the block starts.
struct PageKindBlock {
    var kind: String?
    var line: Int
    var column: Int

    private static let opening = "{{$kind}}"
    private static let closing = "{{/kind}}"

    /// Nil when the template has no such block (it leaves `data-kind` to the layout's default).
    init?(in text: String) {
        guard let start = text.range(of: Self.opening) else { return nil }
        // By scalar, as every diagnostic counts: a `\r\n` is one `Character` but holds the line's `\n`.
        let before = text.unicodeScalars[..<start.lowerBound]
        line = before.reduce(into: 1) { count, scalar in if scalar == "\n" { count += 1 } }
        let lineStart = before.lastIndex(of: "\n").map(text.unicodeScalars.index(after:)) ?? text.startIndex
        column = text.unicodeScalars[lineStart..<start.lowerBound].count + 1
        let rest = text[start.upperBound...]
        kind = rest.range(of: Self.closing).map { String(rest[..<$0.lowerBound]) }
    }
}
