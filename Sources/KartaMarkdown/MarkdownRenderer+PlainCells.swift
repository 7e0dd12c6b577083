extension MarkdownRenderer {
    /// The cell HTML of a text no Markdown rule can change, made without cmark: its lines joined by `<br />`
    /// (hard breaks), its quotes escaped, as cmark writes it. Nil for any other text, which goes to cmark.
    ///
    /// Most activity texts are such plain sentences. Made this way they need no memo: kept, the cell HTML of
    /// every activity was 21 MB of a region build, and hashing each text to find it cost more than this pass.
    /// What counts as plain is kept narrow on purpose: no character that opens inline syntax (`*_[]!<>&\`~`),
    /// no tab or control character, no line that starts with a space or with a block marker (`#>-+*=_|`, or
    /// digits followed by `.` or `)`), no blank line, and no space at a line's end.
    static func plainCellHTML(_ text: String) -> String? {
        var text = text
        let changes = text.withUTF8(plainChanges)
        guard let changes else { return nil }
        // Most texts have no quote and one line: their cell HTML is the text itself, and shares its storage.
        guard changes > 0 else { return text }
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + changes * lineBreak.count)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\n"): output.append(contentsOf: lineBreak)
                case UInt8(ascii: "\""): output.append(contentsOf: quote)
                default: output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// How many line breaks and quotes a plain text has (what its cell HTML writes differently); nil when it
    /// is not plain.
    private static func plainChanges(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var changes = 0
        var index = 0
        var lineStart = true
        while index < bytes.count {
            let byte = bytes[index]
            if lineStart {
                if isBlockMarker(byte) || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") { return nil }
                if isDigit(byte) {
                    var end = index
                    while end < bytes.count, isDigit(bytes[end]) { end += 1 }
                    if end < bytes.count, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")") { return nil }
                }
                lineStart = false
            }
            switch byte {
            case UInt8(ascii: "\n"):
                if bytes[index - 1] == UInt8(ascii: " ") { return nil }
                changes += 1
                lineStart = true
            case UInt8(ascii: "\""):
                changes += 1
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "!"), UInt8(ascii: "<"),
                 UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "~"), 0x7F:
                return nil
            case 0..<0x20:
                return nil
            default:
                break
            }
            index += 1
        }
        if lineStart || bytes[bytes.count - 1] == UInt8(ascii: " ") { return nil }
        return changes
    }

    private static let lineBreak = Array("<br />\n".utf8)
    private static let quote = Array("&quot;".utf8)

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isBlockMarker(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "="),
             UInt8(ascii: "_"), UInt8(ascii: "|"): true
        default: false
        }
    }
}
