import KartaMarkdown
import KartaModel

/// A Markdown document reduced to what a diff needs: its front matter as text fields and its
/// body as blocks. Free pages and annual reports both become one of these.
public struct ProseDocument: Sendable {
    public var kind: DocumentKind
    public var id: String
    public var entityID: String?
    public var title: String
    public var metadata: [MetadataField]
    public var blocks: [MarkdownBlock]
    /// A report's `execution:` records, resolved against the roadmaps.
    public var execution: [ExecutionEntry]
    /// A report's entity's activities as their roadmaps give them, by key: what an activity without a record shows.
    public var roadmapExecution: [String: ExecutionEntry]

    public init(
        kind: DocumentKind, id: String, entityID: String?, title: String, metadata: [MetadataField], blocks: [MarkdownBlock],
        execution: [ExecutionEntry] = [], roadmapExecution: [String: ExecutionEntry] = [:]
    ) {
        self.kind = kind
        self.id = id
        self.entityID = entityID
        self.title = title
        self.metadata = metadata
        self.blocks = blocks
        self.execution = execution
        self.roadmapExecution = roadmapExecution
    }

    public init(_ page: Page, markdown: MarkdownRenderer) {
        self.init(
            kind: .page, id: page.id, entityID: page.entityID, title: page.title,
            metadata: [
                MetadataField("title", page.title), MetadataField("kind", page.kind.rawValue),
                MetadataField("date", page.date?.description), MetadataField("summary", page.summary),
            ],
            blocks: markdown.blocks(page.body))
    }

    public var key: String { "\(kind.rawValue):\(entityID ?? ""):\(id)" }
}

/// One block of a prose diff.
public struct BlockDiff: Sendable {
    public var action: DiffAction
    /// Set when the block came from elsewhere in the document: the anchor of the note left there.
    public var movedFrom: String?
    public var old: MarkdownBlock?
    public var new: MarkdownBlock?
    /// The word diff of a changed block.
    public var text: TextDiff?
    /// A changed table row: one comparison per cell of the new row (cells past the old row's end compare with nothing).
    public var cells: [TextComparison]
    /// The words are the same; emphasis, a link or the kind of block changed.
    public var isFormattingOnly: Bool
    public var anchor: String
    public var changeNumber: Int?

    public var block: MarkdownBlock { (new ?? old)! }
}

/// A note where a moved block used to stand.
public struct MovedBlock: Sendable, Hashable {
    public var block: MarkdownBlock
    public var anchor: String
    public var target: String
}

public enum ProseRow: Sendable {
    case block(BlockDiff)
    case movedAway(MovedBlock)
}

/// The difference of two versions of one Markdown document.
public struct ProseDiff: Sendable {
    public var kind: DocumentKind
    public var id: String
    public var entityID: String?
    public var title: String
    public var action: DiffAction
    public var metadata: [MetadataChange]
    public var rows: [ProseRow]
    /// A report's execution of activities, compared by status and result; numbered before the blocks.
    public var execution: [ExecutionChange]
    public var hidden: [HiddenEdit]
    public var counts: ChangeCounts

    public var blocks: [BlockDiff] {
        rows.compactMap { if case .block(let block) = $0 { block } else { nil } }
    }
}
