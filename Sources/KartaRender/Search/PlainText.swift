import Foundation
import KartaModel

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
        // A no-break space from `&nbsp;` is whitespace, so collapsing turns it into a space.
        return collapsed(CharacterReferences.decode(text))
    }

    /// Runs of whitespace (line breaks included) become one space; ends are trimmed.
    public static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
