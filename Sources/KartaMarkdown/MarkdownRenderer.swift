#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CCmark
import KartaModel

/// The only code that touches libcmark: parse, render and free happen here and nowhere else.
public struct MarkdownRenderer: Sendable {
    /// When false (the default), raw HTML in Markdown is replaced by a comment and
    /// `javascript:`-style links are dropped: cmark's safe mode.
    public let allowRawHTML: Bool
    /// Cell HTML by Markdown text: a text is rendered once, whatever the number of pages listing it.
    private let cells = TextMemo()

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }

    func options(hardBreaks: Bool) -> Int32 {
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        if hardBreaks { options |= CMARK_OPT_HARDBREAKS }
        return options
    }

    /// Block-level HTML: paragraphs, lists, headings.
    public func html(_ markdown: String) -> String {
        render(markdown, hardBreaks: false)
    }

    private func render(_ markdown: String, hardBreaks: Bool) -> String {
        withDocument(markdown, hardBreaks: hardBreaks) { renderHTML($0, hardBreaks: hardBreaks) } ?? ""
    }

    /// Parses `markdown`, hands the document to `body` and frees it: the one place a cmark tree lives.
    func withDocument<Value>(_ markdown: String, hardBreaks: Bool, _ body: (OpaquePointer) -> Value) -> Value? {
        let options = options(hardBreaks: hardBreaks)
        var bytes = Array(markdown.utf8)
        let document: OpaquePointer? = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parse_document($0, buffer.count, options)
            }
        }
        guard let document else { return nil }
        defer { cmark_node_free(document) }
        return body(document)
    }

    /// HTML of one node of a parsed document (the whole document, or one block of it).
    func renderHTML(_ node: OpaquePointer, hardBreaks: Bool) -> String {
        guard let rendered = cmark_render_html(node, options(hardBreaks: hardBreaks)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// For table cells. Line breaks are kept as breaks, because in the Word tables these texts come
    /// from every line is a paragraph of its own; and a text that is a single paragraph loses its
    /// `<p>` wrapper, so short cells stay compact.
    public func cellHTML(_ markdown: String) -> String {
        Self.plainCellHTML(markdown) ?? cells.value(for: Substring(markdown)) { uncachedCellHTML(String($0)) }
    }

    func uncachedCellHTML(_ markdown: String) -> String {
        let rendered = render(markdown, hardBreaks: true)
        let trimmed = rendered.hasSuffix("\n") ? String(rendered.dropLast()) : rendered
        guard trimmed.hasPrefix("<p>"), trimmed.hasSuffix("</p>") else { return trimmed }
        let inner = trimmed.dropFirst(3).dropLast(4)
        return Self.containsParagraphTag(inner.utf8) ? trimmed : String(inner)
    }

    /// `<p>` or `</p>` in rendered HTML, searched over bytes: `Substring.contains` went through
    /// `NSString.range(of:)` with Unicode folding, 7.5 % of a build, and grew with the cell's length
    /// times the tag's.
    static func containsParagraphTag(_ html: Substring.UTF8View) -> Bool {
        let bytes = Array(html)
        var index = 0
        while index + 3 <= bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                let name = bytes[index + 1] == UInt8(ascii: "/") ? index + 2 : index + 1
                if name + 2 <= bytes.count, bytes[name] == UInt8(ascii: "p"), bytes[name + 1] == UInt8(ascii: ">") { return true }
            }
            index += 1
        }
        return false
    }
}
