import Foundation
import KartaModel

/// Reads a Markdown page: YAML front matter between `---` lines, then the body.
enum PageLoader {
    static func page(text: String, id: String, entityID: String?, file: String) -> (Page?, Diagnostics) {
        var diagnostics = Diagnostics()
        guard let split = FrontMatter.split(text) else {
            diagnostics.error(.frontMatter, "the page has no front matter; start it with '---', a 'title:' line and '---'", at: SourceLocation(file: file, line: 1, column: 1))
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
        let lines = SourceText.lines(text)
        guard isFence(lines[0], ["---"]), let end = lines.indices.dropFirst().first(where: { isFence(lines[$0], ["---", "..."]) }) else {
            return nil
        }
        let yaml = end == 1 ? "" : String(text[lines[1].startIndex..<lines[end - 1].endIndex])
        let body = end + 1 < lines.count ? String(text[lines[end + 1].startIndex...]) : ""
        return (yaml, body, end + 2)
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
