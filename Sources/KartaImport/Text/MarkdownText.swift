/// Writes text blocks as CommonMark that shows exactly the printed words: list items as `- `
/// lines, paragraphs separated by blank lines, bold as `**…**`, and every character cmark would
/// otherwise read as markup escaped with a backslash.
enum MarkdownText {
    /// Characters escaped wherever they occur.
    static let inlineSpecialScalars: Set<Unicode.Scalar> = ["\\", "*", "_", "`", "<", "&", "[", "]"]
    /// Characters escaped at the start of a line, where they open blocks.
    static let lineStartSpecials: Set<Character> = ["#", ">", "+", "=", "~", "|", "-"]

    static func render(_ blocks: [TextBlock]) -> String {
        var output = ""
        var previous: TextBlock.Kind?
        for block in blocks {
            if let previous {
                output += previous == .item && block.kind == .item ? "\n" : "\n\n"
            }
            switch block.kind {
            case .paragraph:
                output += block.lines.map { line(escaped: $0) }.joined(separator: "\n")
            case .item:
                let lines = block.lines.enumerated().map { index, text in
                    index == 0 ? "- " + line(escaped: text) : "  " + line(escaped: text)
                }
                output += lines.joined(separator: "\n")
            }
            previous = block.kind
        }
        return output
    }

    /// Markdown for raw cell text (HTML or plain).
    static func markdown(_ raw: String) -> String {
        render(CellHTML.blocks(raw))
    }

    /// One line: inline specials escaped, block openers at the start escaped, bold markers written.
    static func line(escaped text: String) -> String {
        let trimmed = TextTools.trimmedSpaces(Substring(text))
        guard !trimmed.isEmpty else { return "" }
        // By scalar: every special is one ASCII scalar, and comparing Characters is slow.
        var result = String.UnicodeScalarView()
        for scalar in trimmed.unicodeScalars {
            if scalar == CellHTML.boldOpenScalar || scalar == CellHTML.boldCloseScalar {
                result.append(contentsOf: "**".unicodeScalars)
            } else if inlineSpecialScalars.contains(scalar) {
                result.append("\\")
                result.append(scalar)
            } else {
                result.append(scalar)
            }
        }
        return escapeLineStart(String(result))
    }

    /// `#`, `>`, `+`, `=`, `~`, `|` and `-` (list marker, thematic break, setext underline) at the
    /// start of a line, and `1.` / `1)` (ordered list markers), are escaped.
    static func escapeLineStart(_ line: String) -> String {
        // Skip leading bold markers: `**# x**` still starts a heading.
        let boldPrefix = line.prefix { $0 == "*" }
        let body = line.dropFirst(boldPrefix.count)
        guard let first = body.first else { return line }
        if lineStartSpecials.contains(first) {
            return String(boldPrefix) + "\\" + body
        }
        // Ordered list marker: 1–9 digits then '.' or ')' then a space or the end of the line.
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let after = body.dropFirst(digits.count)
            if let delimiter = after.first, delimiter == "." || delimiter == ")" {
                let rest = after.dropFirst()
                if rest.isEmpty || rest.first == " " || rest.first == "\t" {
                    return String(boldPrefix) + digits + "\\" + String(delimiter) + rest
                }
            }
        }
        return line
    }
}
