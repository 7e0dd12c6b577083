/// The difference of two versions of a whole content folder: one entry per document, in a fixed order.
public struct ContentDiff: Sendable {
    public enum Document: Sendable {
        case table(TableDiff)
        case prose(ProseDiff)

        public var kind: DocumentKind {
            switch self {
            case .table(let diff): diff.kind
            case .prose(let diff): diff.kind
            }
        }

        public var id: String {
            switch self {
            case .table(let diff): diff.id
            case .prose(let diff): diff.id
            }
        }

        public var entityID: String? {
            switch self {
            case .table(let diff): diff.entityID
            case .prose(let diff): diff.entityID
            }
        }

        public var title: String {
            switch self {
            case .table(let diff): diff.title
            case .prose(let diff): diff.title
            }
        }

        public var action: DiffAction {
            switch self {
            case .table(let diff): diff.action
            case .prose(let diff): diff.action
            }
        }

        public var counts: ChangeCounts {
            switch self {
            case .table(let diff): diff.counts
            case .prose(let diff): diff.counts
            }
        }

        public var hidden: [HiddenEdit] {
            switch self {
            case .table(let diff): diff.hidden
            case .prose(let diff): diff.hidden
            }
        }

        public var metadata: [MetadataChange] {
            switch self {
            case .table(let diff): diff.metadata
            case .prose(let diff): diff.metadata
            }
        }

        /// Whether a reviewer has anything to look at here (hidden edits alone are not).
        public var hasChanges: Bool { action != .unchanged }

        /// Whether the report lists it: a change to review, or hidden edits a reviewer may want to check.
        public var isListed: Bool { hasChanges || !hidden.isEmpty }
    }

    public var old: VersionLabel
    public var new: VersionLabel
    public var documents: [Document]

    public var counts: ChangeCounts {
        documents.reduce(into: ChangeCounts()) { $0.add($1.counts) }
    }

    /// True when anything a reviewer sees changed: what `--exit-code` reports.
    public var hasChanges: Bool { documents.contains(where: \.hasChanges) }

    /// True when nothing differs at all, not even typography.
    public var isIdentical: Bool { !documents.contains(where: \.isListed) }
}
