import Foundation
import KartaModel

/// Text without markup, for descriptions and the search index.
public enum PlainText {
    /// The text of rendered HTML: tags dropped (a tag becomes a space), the usual character
    /// references decoded, whitespace collapsed.
    public static func of(html: String) -> String {
        // A no-break space from `&nbsp;` is whitespace, so collapsing turns it into a space.
        collapsed(CharacterReferences.decode(withoutTags(html)))
    }

    /// Every tag replaced by a space. Walked by scalar when every scalar is a grapheme of its own (the
    /// search index reads every activity of a region here), by `Character` otherwise.
    static func withoutTags(_ html: String) -> String {
        guard SingleScalarGraphemes.holdOnly(html) else {
            var text = ""
            var inTag = false
            for character in html {
                switch character {
                case "<": inTag = true; text.append(" ")
                case ">" where inTag: inTag = false
                default: if !inTag { text.append(character) }
                }
            }
            return text
        }
        // `<` and `>` are ASCII bytes and, with no scalar joined to them, characters of their own.
        var text: [UInt8] = []
        text.reserveCapacity(html.utf8.count)
        var inTag = false
        for byte in html.utf8 {
            switch byte {
            case UInt8(ascii: "<"): inTag = true; text.append(UInt8(ascii: " "))
            case UInt8(ascii: ">") where inTag: inTag = false
            default: if !inTag { text.append(byte) }
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Runs of whitespace (line breaks included) become one space; ends are trimmed. A character is
    /// whitespace when its first scalar is, so single-scalar texts are split by scalar.
    public static func collapsed(_ text: String) -> String {
        guard SingleScalarGraphemes.holdOnly(text) else {
            return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(text.utf8.count)
        var spaceBefore = false
        for scalar in text.unicodeScalars {
            if scalar.isWhitespace {
                spaceBefore = !collapsed.isEmpty
                continue
            }
            if spaceBefore { collapsed.append(UInt8(ascii: " ")) }
            spaceBefore = false
            UTF8.encode(scalar) { collapsed.append($0) }
        }
        return String(decoding: collapsed, as: UTF8.self)
    }
}
