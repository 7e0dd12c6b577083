/// Splits HTML into tags and text, so text can be rewritten without touching markup.
///
/// Karta's own pages are well-formed (templates plus cmark output), so a tag is `<` … `>` and
/// attribute values never hold a raw `>` (the escaper writes `&gt;`). Text inside elements listed in
/// `skipped` (code, scripts, the page title, existing abbreviations …) is passed through untouched.
/// Scans UTF-8 bytes: `<` and `>` are ASCII and never occur inside a multi-byte character.
enum TextNodes {
    static let skipped: Set<String> = ["script", "style", "code", "pre", "title", "abbr", "textarea", "svg"]

    /// Calls `transform` on every text run outside skipped elements and returns the rewritten HTML.
    static func rewrite(_ html: String, _ transform: (Substring) -> String) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count + html.utf8.count / 8)
        var open: [String] = []
        let bytes = html.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard let tagStart = bytes[index...].firstIndex(of: UInt8(ascii: "<")) else {
                output += open.isEmpty ? transform(html[index...]) : String(html[index...])
                break
            }
            if tagStart > index {
                output += open.isEmpty ? transform(html[index..<tagStart]) : String(html[index..<tagStart])
            }
            guard let tagEnd = bytes[tagStart...].firstIndex(of: UInt8(ascii: ">")) else {
                output += html[tagStart...]
                break
            }
            let afterTag = bytes.index(after: tagEnd)
            let tag = html[tagStart..<afterTag]
            output += tag
            // Names are compared as bytes: a page of 200,000 table rows has millions of tags, and
            // making a string of each name was most of this loop.
            let name = nameBytes(tag)
            if tag.utf8.dropFirst().first == UInt8(ascii: "/") {
                if let last = open.last, matches(name, last) { open.removeLast() }
            } else if let skippedName = skipped.first(where: { matches(name, $0) }), tag.utf8.dropLast().last != UInt8(ascii: "/") {
                open.append(skippedName)
            }
            index = afterTag
        }
        return output
    }

    /// The letters and digits of a tag's name, as written (`<TD class>` → `TD`).
    static func nameBytes(_ tag: Substring) -> Substring.UTF8View.SubSequence {
        var name = tag.utf8.dropFirst()
        if name.first == UInt8(ascii: "/") { name = name.dropFirst() }
        return name.prefix { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// Whether a tag's name is `lowercaseName`, in any case (names hold only letters and digits).
    static func matches(_ name: Substring.UTF8View.SubSequence, _ lowercaseName: String) -> Bool {
        name.count == lowercaseName.utf8.count && zip(name, lowercaseName.utf8).allSatisfy { ($0 | 0x20) == $1 }
    }
}
