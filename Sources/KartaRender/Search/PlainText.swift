import Foundation

/// Text without markup, for descriptions and the search index.
public enum PlainText {
    /// The text of rendered HTML: tags dropped (a tag becomes a space), the usual character
    /// references decoded, whitespace collapsed.
    public static func of(html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            switch character {
            case "<": inTag = true; text.append(" ")
            case ">" where inTag: inTag = false
            default: if !inTag { text.append(character) }
            }
        }
        return collapsed(decode(text))
    }

    static let references: [(String, String)] = [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&nbsp;", " "), ("&amp;", "&")]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return references.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    /// Runs of whitespace (line breaks included) become one space; ends are trimmed.
    public static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
