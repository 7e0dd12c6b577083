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
public enum FrontMatter {
    public static func split(_ text: String) -> (yaml: String, body: String, bodyLine: Int)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingCharacters(in: .whitespaces) }) == "---" else { return nil }
        lines.removeFirst()
        guard let end = lines.firstIndex(where: { ["---", "..."].contains($0.trimmingCharacters(in: .whitespaces)) }) else { return nil }
        let yaml = lines[..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return (yaml, body, end + 3)
    }
}
