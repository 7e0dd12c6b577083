/// One block of a Markdown page, as a reviewer compares them: a heading, a paragraph, one list
/// item, one row of a pipe table, a code block.
///
/// `text` is what the reader sees (inline markup removed, a soft line break read as a space);
/// `html` is the block rendered the way the site renders it, for showing an unchanged block as published.
public struct MarkdownBlock: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case heading(level: Int)
        case paragraph
        /// One item of a list; `depth` 0 for a top-level list. `marker` is «1.» or «–».
        case listItem(marker: String, depth: Int)
        case code
        case html
        case rule
        /// A row of a pipe table; the header row is the first row of its table.
        case tableRow(isHeader: Bool)
    }

    public var kind: Kind
    public var text: String
    /// Table rows only: the cells, trimmed.
    public var cells: [String]
    /// Link and image destinations in the block, in order: a change of a link alone is still a change.
    public var links: [String]
    /// Safe HTML of the block (raw HTML follows the renderer's setting); empty for table rows.
    public var html: String
    /// 1-based line of the Markdown the block starts on.
    public var line: Int
    /// How many block quotes hold the block.
    public var quoteDepth: Int

    public init(kind: Kind, text: String, cells: [String] = [], links: [String] = [], html: String, line: Int, quoteDepth: Int = 0) {
        self.kind = kind
        self.text = text
        self.cells = cells
        self.links = links
        self.html = html
        self.line = line
        self.quoteDepth = quoteDepth
    }
}
