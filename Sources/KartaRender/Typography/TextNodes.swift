/// Splits HTML into tags and text, so text can be rewritten without touching markup.
///
/// Karta's own pages are well-formed (templates plus cmark output), so a tag is `<` … `>` and
/// attribute values never hold a raw `>` (the escaper writes `&gt;`). Text inside elements listed in
/// `skipped` (code, scripts, the page title, existing abbreviations …) is passed through untouched.
enum TextNodes {
    static let skipped: Set<String> = ["script", "style", "code", "pre", "title", "abbr", "textarea", "svg"]

    /// Calls `transform` on every text run outside skipped elements and returns the rewritten HTML.
    static func rewrite(_ html: String, _ transform: (Substring) -> String) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count + html.utf8.count / 8)
        var open: [String] = []
        var index = html.startIndex
        while index < html.endIndex {
            guard let tagStart = html[index...].firstIndex(of: "<") else {
                output += open.isEmpty ? transform(html[index...]) : String(html[index...])
                break
            }
            if tagStart > index {
                output += open.isEmpty ? transform(html[index..<tagStart]) : String(html[index..<tagStart])
            }
            guard let tagEnd = html[tagStart...].firstIndex(of: ">") else {
                output += html[tagStart...]
                break
            }
            let tag = html[tagStart...tagEnd]
            output += tag
            let name = tagName(tag)
            if tag.hasPrefix("</") {
                if open.last == name { open.removeLast() }
            } else if skipped.contains(name), !tag.hasSuffix("/>") {
                open.append(name)
            }
            index = html.index(after: tagEnd)
        }
        return output
    }

    static func tagName(_ tag: Substring) -> String {
        var name = tag.dropFirst()
        if name.hasPrefix("/") { name = name.dropFirst() }
        return String(name.prefix { $0.isLetter || $0.isNumber }).lowercased()
    }
}
