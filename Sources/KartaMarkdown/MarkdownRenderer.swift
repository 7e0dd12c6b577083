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
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }

    private var options: Int32 {
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        return options
    }

    /// Block-level HTML: paragraphs, lists, headings.
    public func html(_ markdown: String) -> String {
        var bytes = Array(markdown.utf8)
        let document: OpaquePointer? = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parse_document($0, buffer.count, options)
            }
        }
        guard let document else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// For table cells: a text that is a single paragraph loses its `<p>` wrapper, so short cells
    /// stay compact; anything with more structure keeps its blocks.
    public func cellHTML(_ markdown: String) -> String {
        let rendered = html(markdown)
        let trimmed = rendered.hasSuffix("\n") ? String(rendered.dropLast()) : rendered
        guard trimmed.hasPrefix("<p>"), trimmed.hasSuffix("</p>") else { return trimmed }
        let inner = trimmed.dropFirst(3).dropLast(4)
        return inner.contains("<p>") || inner.contains("</p>") ? trimmed : String(inner)
    }
}
