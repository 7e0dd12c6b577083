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
            let name = tagName(tag)
            if tag.hasPrefix("</") {
                if open.last == name { open.removeLast() }
            } else if skipped.contains(name), !tag.hasSuffix("/>") {
                open.append(name)
            }
            index = afterTag
        }
        return output
    }

    static func tagName(_ tag: Substring) -> String {
        var name = tag.utf8.dropFirst()
        if name.first == UInt8(ascii: "/") { name = name.dropFirst() }
        let letters = name.prefix { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        return String(decoding: letters, as: UTF8.self).lowercased()
    }
}
