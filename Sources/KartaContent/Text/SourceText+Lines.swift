extension SourceText {
    /// The lines `text.split(separator: "\n", omittingEmptySubsequences: false)` gives, found on the UTF-8 bytes
    /// instead of by breaking the whole text into `Character`s (a region's report bodies are 50 MB).
    ///
    /// A line ends at every LF except the one of CR LF, which is a single `Character` and so not "\n".
    static func lines(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var lineStart = utf8.startIndex
        var position = utf8.startIndex
        var previous: UInt8 = 0
        while position < utf8.endIndex {
            let byte = utf8[position]
            if byte == 0x0A, previous != 0x0D {
                lines.append(text[lineStart..<position])
                lineStart = utf8.index(after: position)
            }
            previous = byte
            position = utf8.index(after: position)
        }
        lines.append(text[lineStart...])
        return lines
    }
}
