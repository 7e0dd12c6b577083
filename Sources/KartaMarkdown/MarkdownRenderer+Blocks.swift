import CCmark
import Foundation

extension MarkdownRenderer {
    /// The blocks of a page in reading order, for comparing two versions block by block. Lists give
    /// one block per item (nested items follow their parent), block quotes give their inner blocks,
    /// and a paragraph laid out as a pipe table (`| a | b |` over `|---|---|`) gives one block per row.
    public func blocks(_ markdown: String) -> [MarkdownBlock] {
        withDocument(markdown, hardBreaks: false) { document in
            var collector = BlockCollector(renderer: self)
            collector.visitChildren(of: document, listDepth: 0, quoteDepth: 0)
            return collector.blocks
        } ?? []
    }
}

/// Walks a cmark tree and collects its blocks.
private struct BlockCollector {
    let renderer: MarkdownRenderer
    var blocks: [MarkdownBlock] = []

    init(renderer: MarkdownRenderer) {
        self.renderer = renderer
    }

    mutating func visitChildren(of node: OpaquePointer, listDepth: Int, quoteDepth: Int) {
        for child in Self.children(of: node) { visit(child, listDepth: listDepth, quoteDepth: quoteDepth) }
    }

    private mutating func visit(_ node: OpaquePointer, listDepth: Int, quoteDepth: Int) {
        let line = Int(cmark_node_get_start_line(node))
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            let inline = Self.inline(node)
            add(.heading(level: Int(cmark_node_get_heading_level(node))), inline, html: render(node), line: line, quoteDepth: quoteDepth)
        case CMARK_NODE_PARAGRAPH:
            let inline = Self.inline(node)
            if let rows = PipeTable.rows(inline.text) {
                for (index, cells) in rows.enumerated() {
                    blocks.append(MarkdownBlock(
                        kind: .tableRow(isHeader: index == 0), text: cells.joined(separator: " | "), cells: cells,
                        html: "", line: line + (index == 0 ? 0 : index + 1), quoteDepth: quoteDepth))
                }
            } else {
                add(.paragraph, inline, html: render(node), line: line, quoteDepth: quoteDepth)
            }
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            let start = Int(cmark_node_get_list_start(node))
            for (index, item) in Self.children(of: node).enumerated() {
                let own = Self.children(of: item).filter { cmark_node_get_type($0) != CMARK_NODE_LIST }
                let parts = own.map(Self.inline)
                let inline = Inline(
                    text: parts.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n"), links: parts.flatMap(\.links))
                add(
                    .listItem(marker: ordered ? "\(start + index)." : "–", depth: listDepth), inline,
                    html: own.map(render).joined(), line: Int(cmark_node_get_start_line(item)), quoteDepth: quoteDepth)
                for nested in Self.children(of: item) where cmark_node_get_type(nested) == CMARK_NODE_LIST {
                    visit(nested, listDepth: listDepth + 1, quoteDepth: quoteDepth)
                }
            }
        case CMARK_NODE_BLOCK_QUOTE:
            visitChildren(of: node, listDepth: listDepth, quoteDepth: quoteDepth + 1)
        case CMARK_NODE_CODE_BLOCK:
            add(.code, Inline(text: Self.literal(node), links: []), html: render(node), line: line, quoteDepth: quoteDepth)
        case CMARK_NODE_HTML_BLOCK:
            add(.html, Inline(text: Self.literal(node), links: []), html: render(node), line: line, quoteDepth: quoteDepth)
        case CMARK_NODE_THEMATIC_BREAK:
            add(.rule, Inline(text: "", links: []), html: render(node), line: line, quoteDepth: quoteDepth)
        default:
            visitChildren(of: node, listDepth: listDepth, quoteDepth: quoteDepth)
        }
    }

    private mutating func add(_ kind: MarkdownBlock.Kind, _ inline: Inline, html: String, line: Int, quoteDepth: Int) {
        // A soft break is a space to the reader; only a hard break starts a new line.
        let text = kind == .code ? inline.text : inline.text.replacingOccurrences(of: Inline.softBreak, with: " ")
        blocks.append(MarkdownBlock(kind: kind, text: text, links: inline.links, html: html, line: line, quoteDepth: quoteDepth))
    }

    private func render(_ node: OpaquePointer) -> String {
        renderer.renderHTML(node, hardBreaks: false)
    }

    /// Text and link destinations of a block's inline content.
    struct Inline {
        /// Soft breaks are kept apart from hard ones until the block kind is known (tables need lines).
        static let softBreak = "\u{2028}"
        var text: String
        var links: [String]
    }

    static func inline(_ node: OpaquePointer) -> Inline {
        var text = ""
        var links: [String] = []
        func walk(_ node: OpaquePointer) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE: text += literal(node)
            case CMARK_NODE_SOFTBREAK: text += Inline.softBreak
            case CMARK_NODE_LINEBREAK: text += "\n"
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if let url = cmark_node_get_url(node) { links.append(String(cString: url)) }
                for child in children(of: node) { walk(child) }
            default:
                for child in children(of: node) { walk(child) }
            }
        }
        walk(node)
        return Inline(text: text, links: links)
    }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }
}

/// Pipe tables, which libcmark (CommonMark without extensions) reads as a paragraph of lines.
enum PipeTable {
    /// The rows of a paragraph that is a pipe table (header first, the delimiter row left out), else nil.
    static func rows(_ paragraph: String) -> [[String]]? {
        let lines = paragraph.components(separatedBy: MarkdownBlockLineBreaks.all)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.count >= 2, lines[0].contains("|"), isDelimiter(lines[1]) else { return nil }
        return ([lines[0]] + lines.dropFirst(2)).filter { !$0.isEmpty }.map(cells)
    }

    static func cells(_ line: String) -> [String] {
        var body = Substring(line)
        if body.hasPrefix("|") { body = body.dropFirst() }
        if body.hasSuffix("|") { body = body.dropLast() }
        return body.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// `|---|:---:|`: every cell dashes with optional alignment colons.
    static func isDelimiter(_ line: String) -> Bool {
        guard line.contains("-") else { return false }
        return cells(line).allSatisfy { cell in
            var core = Substring(cell)
            if core.hasPrefix(":") { core = core.dropFirst() }
            if core.hasSuffix(":") { core = core.dropLast() }
            return !core.isEmpty && core.allSatisfy { $0 == "-" }
        }
    }
}

private enum MarkdownBlockLineBreaks {
    static let all = CharacterSet(charactersIn: "\n\u{2028}")
}
