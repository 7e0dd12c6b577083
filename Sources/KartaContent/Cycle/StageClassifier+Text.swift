/// Turns an activity's Markdown into the plain, one-line, lower-case text the stems are written for.
///
/// One pass over the scalars per step, so a long text costs time in proportion to its length.
extension StageClassifier {
    static func normalized(_ markdown: String) -> String {
        string(normalizedScalars(markdown))
    }

    /// `normalized` as scalars, which the stems are matched on: building a `String` scalar by scalar was most
    /// of normalising.
    static func normalizedScalars(_ markdown: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(markdown.utf8.count / 2)
        var pendingSpace = false
        // Split by scalars: a line break is always a grapheme of its own (or CR LF), so these are the lines
        // `split(whereSeparator: \.isNewline)` gave, without breaking the whole text into graphemes.
        for lineScalars in markdown.unicodeScalars.split(whereSeparator: \.isLineBreak) {
            // The stems are anchored on the text's head (`^…`), so every line joins with one space.
            pendingSpace = !out.isEmpty
            for scalar in lowercased(plainLine(lineScalars)) {
                switch scalar {
                case "\u{AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}":
                    // Soft hyphens and zero-width marks from Word/PDF exports would split a stem in two.
                    continue
                case "\u{308}" where out.last == "е":
                    // A decomposed «ё» (е + diaeresis) becomes «е» like the composed one.
                    continue
                case "\u{306}" where out.last == "и":
                    // A decomposed «й» must stay one letter, or `W` would stop in the middle of the word.
                    out.removeLast()
                    out.append("й")
                case "ё":
                    append("е", to: &out, pendingSpace: &pendingSpace)
                case "\u{2010}", "\u{2011}":
                    // Typographic hyphens inside compounds («контрольно‑измерительных»).
                    append("-", to: &out, pendingSpace: &pendingSpace)
                case "\u{201C}", "\u{201D}", "\u{201E}":
                    append("\"", to: &out, pendingSpace: &pendingSpace)
                case _ where scalar.isWhitespace:
                    pendingSpace = !out.isEmpty
                default:
                    append(scalar, to: &out, pendingSpace: &pendingSpace)
                }
            }
        }
        return out
    }

    private static func append(_ scalar: Unicode.Scalar, to out: inout [Unicode.Scalar], pendingSpace: inout Bool) {
        if pendingSpace { out.append(" ") }
        pendingSpace = false
        out.append(scalar)
    }

    /// `String.lowercased()` scalar by scalar (it maps each scalar on its own), without a string per line:
    /// Russian and ASCII capitals directly, anything else through its Unicode lower-case mapping.
    static func lowercased(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var lowered: [Unicode.Scalar] = []
        lowered.reserveCapacity(scalars.count)
        for scalar in scalars {
            switch scalar.value {
            case 0x41...0x5A, 0x410...0x42F: lowered.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x401: lowered.append("ё")
            case 0..<0x80, 0x430...0x45F: lowered.append(scalar)
            default: lowered.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return lowered
    }

    /// One Markdown line as plain text: backslash escapes resolved, the list marker and emphasis marks removed.
    static func plainLine(_ line: Substring.UnicodeScalarView) -> [Unicode.Scalar] {
        let scalars = Array(line)
        var text: [Unicode.Scalar] = []
        text.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                // `\-`, `\*`, `\.` … stand for the character itself; a trailing `\` is a hard line break.
                if index + 1 < scalars.count, isASCIIPunctuation(scalars[index + 1]) {
                    text.append(scalars[index + 1])
                    index += 2
                    continue
                }
                if index + 1 == scalars.count { break }
            }
            text.append(scalar)
            index += 1
        }
        var start = text.firstIndex { !$0.isWhitespace } ?? text.count
        start = afterListMarker(text, from: start)
        var plain: [Unicode.Scalar] = []
        plain.reserveCapacity(text.count - start)
        var position = start
        while position < text.count {
            let scalar = text[position]
            if scalar == "*" || scalar == "`" {
                position += 1
                continue
            }
            if scalar == "_", position + 1 < text.count, text[position + 1] == "_" {
                position += 2
                continue
            }
            plain.append(scalar)
            position += 1
        }
        return plain
    }

    /// Skips `- `, `* `, `+ `, `• `, `1. `, `2) `, `5.1. ` at the head of a line (after any escape was resolved,
    /// since an escaped `\-` still reads as a bullet in an activity cell).
    private static func afterListMarker(_ text: [Unicode.Scalar], from start: Int) -> Int {
        func isSpace(_ offset: Int) -> Bool { offset < text.count && (text[offset] == " " || text[offset] == "\t") }
        guard start < text.count else { return start }
        if ["-", "*", "+", "•", "–", "—"].contains(text[start]), isSpace(start + 1) {
            return start + 2
        }
        var position = start
        var sawNumber = false
        while position < text.count, ("0"..."9").contains(text[position]) {
            var digitsEnd = position
            while digitsEnd < text.count, ("0"..."9").contains(text[digitsEnd]) { digitsEnd += 1 }
            guard digitsEnd < text.count, text[digitsEnd] == "." || text[digitsEnd] == ")" else { break }
            position = digitsEnd + 1
            sawNumber = true
        }
        return sawNumber && isSpace(position) ? position + 1 : start
    }

    /// The characters CommonMark lets a backslash escape.
    private static let escapable = Set(##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##.unicodeScalars)

    private static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        escapable.contains(scalar)
    }
}
