import Foundation
import KartaModel

/// Reads a Markdown page: YAML front matter between `---` lines, then the body.
enum PageLoader {
    static func page(text: String, id: String, entityID: String?, file: String) -> (Page?, Diagnostics) {
        var diagnostics = Diagnostics()
        guard let split = FrontMatter.split(text) else {
            diagnostics.error("front-matter", "the page has no front matter; start it with '---', a 'title:' line and '---'", at: SourceLocation(file: file, line: 1, column: 1))
            return (nil, diagnostics)
        }
        let reader = YAMLReader(file: file, lineOffset: 1)
        switch YAMLDocument.parse(split.yaml, file: file, lineOffset: 1) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return (nil, diagnostics)
        case .success(let root):
            let map = reader.mapping(root, "the front matter", allowed: ["title", "kind", "date", "summary"])
            let title = map?.string("title", required: true)
            let kind = map?.choice("kind", as: Page.Kind.self) ?? .page
            let date = map?.date("date")
            let summary = map?.string("summary")
            diagnostics.append(contentsOf: reader.diagnostics)
            guard let title else { return (nil, diagnostics) }
            let page = Page(
                id: id, title: title, kind: kind, date: date, summary: summary, body: split.body, bodyLine: split.bodyLine, entityID: entityID,
                location: SourceLocation(file: file, line: 1, column: 1))
            return (page, diagnostics)
        }
    }
}

/// Splits `---\nyaml\n---\nbody`.
///
/// Lines are found on the UTF-8 bytes and only a line that can be a fence is trimmed: a region's reports are
/// 1,271 long texts, and splitting each into lines, trimming every line and joining them again was 7 % of its load.
public enum FrontMatter {
    public static func split(_ text: String) -> (yaml: String, body: String, bodyLine: Int)? {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineIndex = 0
        var yamlStart = utf8.startIndex
        var position = utf8.startIndex
        var previous: UInt8 = 0
        while true {
            let atEnd = position == utf8.endIndex
            let byte = atEnd ? 0 : utf8[position]
            // A line ends at LF, except in CR LF: that is one `Character`, which is not "\n".
            if atEnd || (byte == 0x0A && previous != 0x0D) {
                let line = text[lineStart..<position]
                if lineIndex == 0 {
                    guard isFence(line, ["---"]) else { return nil }
                } else if isFence(line, ["---", "..."]) {
                    let yaml = lineIndex == 1 ? "" : String(text[yamlStart..<utf8.index(before: lineStart)])
                    let body = atEnd ? "" : String(text[utf8.index(after: position)...])
                    return (yaml, body, lineIndex + 2)
                }
                if atEnd { return nil }
                lineStart = utf8.index(after: position)
                if lineIndex == 0 { yamlStart = lineStart }
                lineIndex += 1
            }
            previous = byte
            position = utf8.index(after: position)
        }
    }

    /// Whether `line` trimmed of `.whitespaces` is one of `markers`. Only a line whose first character after
    /// spaces and tabs is a dash, a dot or something outside ASCII and Cyrillic can be; other lines are not trimmed.
    private static func isFence(_ line: Substring, _ markers: [String]) -> Bool {
        guard let first = line.unicodeScalars.first(where: { $0 != " " && $0 != "\t" }) else { return false }
        switch first.value {
        case 0x2D, 0x2E: break
        case 0..<0x80, 0x400...0x4FF: return false
        default: break
        }
        return markers.contains(line.trimmingCharacters(in: .whitespaces))
    }
}
