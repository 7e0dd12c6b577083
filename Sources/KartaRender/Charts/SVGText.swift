/// Text and numbers for SVG markup written by hand: escaped for XML, coordinates without locale.
enum SVGText {
    /// The page's own escaping: `&`, `<`, `>` and `"`, which is enough for text and double-quoted attributes.
    static func escape(_ text: String) -> String { AbbreviationMatcher.escapeAttribute(text) }

    /// A coordinate with at most one decimal, always with a point: `12.5`, `40`.
    static func coordinate(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }
}

import Foundation
