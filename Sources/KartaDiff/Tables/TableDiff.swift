import KartaModel

/// What happened to a document (or a row, a block) as a whole.
public enum DiffAction: String, Sendable, Codable, CaseIterable {
    case unchanged, added, removed, changed
}

/// Counts of one document or of the whole comparison.
public struct ChangeCounts: Sendable, Hashable {
    public var added = 0
    public var removed = 0
    public var changed = 0
    public var moved = 0
    /// Edits of typography or format only, hidden from the review.
    public var hidden = 0
    /// Changes of the fields around the table or text: title, approval, period, columns.
    public var metadata = 0
    /// Of `changed`: activities whose status or result in a report changed.
    public var execution = 0
    /// How many changed rows touch each kind of field.
    public var categories: [ChangeCategory: Int] = [:]

    public init() {}

    /// True when a reviewer has something to look at (hidden edits alone are not).
    public var hasChanges: Bool { added + removed + changed + moved + metadata > 0 }

    public mutating func add(_ other: ChangeCounts) {
        added += other.added
        removed += other.removed
        changed += other.changed
        moved += other.moved
        hidden += other.hidden
        metadata += other.metadata
        execution += other.execution
        for (category, count) in other.categories { categories[category, default: 0] += count }
    }
}

/// An edit that changes nothing a reader relies on; hidden by default, counted, listed on request.
public struct HiddenEdit: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Quotes, dashes, spaces, ё.
        case typography
        /// The same deadline written another way («01.09.2024» ↔ «1 сентября 2024 г.»).
        case deadlineFormat = "deadline-format"
        /// The same responsible bodies in another order.
        case partiesOrder = "parties-order"
        /// The same responsible body spelled another way (an abbreviation written out).
        case partiesSpelling = "parties-spelling"
    }

    public var kind: Kind
    /// The row (or block, or field) it is in, as the reader finds it: «1.4», a heading.
    public var place: String
    /// The column or field key.
    public var field: String
    public var old: String
    public var new: String
    /// The anchor of the row or block it belongs to.
    public var anchor: String
}

/// A field around the table or text that changed: the title, the approving document, the period.
public struct MetadataChange: Sendable, Hashable {
    public var key: String
    public var old: String
    public var new: String
    public var diff: TextDiff
}

public struct ColumnChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable {
        case added, removed, renamed, reordered
    }

    public var kind: Kind
    public var key: String
    public var oldTitle: String?
    public var newTitle: String?
}

/// Something a reviewer should check: a row paired across an id change, an id that seems reused.
public struct DiffWarning: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable {
        /// Ids differ but the text is the same or close: shown as one changed row.
        case idChanged = "id-changed"
        /// The id is the same but the text has almost nothing in common: is the id reused?
        case idReused = "id-reused"
    }

    public var kind: Kind
    public var id: String
    public var oldID: String
    public var similarity: Double
    public var anchor: String
}

/// The difference of one cell.
public enum CellChange: Sendable, Hashable {
    case text(TextDiff)
    /// `shiftDays` is how much later (positive) or earlier the deadline starts, when both are dates.
    case deadline(old: String?, new: String?, shiftDays: Int?, text: TextDiff?)
    case parties(PartyChange)
    case choice(old: String?, new: String?)
}

public struct PartyChange: Sendable, Hashable {
    /// In the new order, as the new version prints them.
    public var kept: [String]
    public var added: [String]
    public var removed: [String]
}

public struct CellDiff: Sendable, Hashable {
    public var key: String
    public var category: ChangeCategory
    public var change: CellChange
}

/// Where a moved row came from.
public struct RowMove: Sendable, Hashable {
    public var fromDirectionID: String
    public var toDirectionID: String
    public var fromSectionTitle: String
    public var oldNumber: String?
    /// The anchor of the note left at the old place.
    public var fromAnchor: String

    public var isAcrossDirections: Bool { fromDirectionID != toDirectionID }
}

public struct RowDiff: Sendable {
    public var action: DiffAction
    public var move: RowMove?
    /// The id in the new version (the old one for a removed row).
    public var id: String
    /// Set when the row was paired with an old row of another id.
    public var oldID: String?
    public var number: String?
    public var oldNumber: String?
    public var old: TableRow?
    public var new: TableRow?
    /// Changed cells only, in column order.
    public var cells: [CellDiff]
    public var hidden: [HiddenEdit]
    public var subrows: [RowDiff]
    public var level: Level?
    /// The `#change-N` of this row; nil for an unchanged row.
    public var changeNumber: Int?
    public var anchor: String

    public var isTouched: Bool { action != .unchanged || move != nil }

    /// Kinds of field this row changes, its sub-rows included.
    public var categories: [ChangeCategory] {
        var set = Set(cells.map(\.category))
        for subrow in subrows where subrow.action != .unchanged {
            if subrow.action == .changed { set.formUnion(subrow.cells.map(\.category)) } else { set.insert(.wording) }
        }
        return set.sorted()
    }

    public func cell(_ key: String) -> CellDiff? { cells.first { $0.key == key } }
}

/// A note left where a moved row used to be, pointing at its new place.
public struct MovedAway: Sendable, Hashable {
    public var id: String
    public var oldNumber: String?
    public var newNumber: String?
    public var toDirectionID: String
    public var toSectionTitle: String
    public var anchor: String
    /// The anchor of the row at its new place.
    public var target: String
}

public enum SectionRow: Sendable {
    case row(RowDiff)
    case movedAway(MovedAway)
}

public struct SectionDiff: Sendable {
    public var directionID: String
    public var title: String
    /// Set when the section title changed.
    public var titleDiff: TextDiff?
    public var action: DiffAction
    /// The section stands elsewhere in the order of sections.
    public var isMoved: Bool
    public var rows: [SectionRow]
    public var anchor: String

    public var diffs: [RowDiff] {
        rows.compactMap { if case .row(let row) = $0 { row } else { nil } }
    }
}

/// The difference of two versions of one table document.
public struct TableDiff: Sendable {
    public var kind: DocumentKind
    public var id: String
    public var entityID: String?
    public var title: String
    public var action: DiffAction
    public var metadata: [MetadataChange]
    /// Columns to show: the new ones, with removed ones where they stood.
    public var columns: [TableColumn]
    /// Keys of columns only one version has: their cells are shown, but not counted as row changes.
    public var addedColumns: Set<String>
    public var removedColumns: Set<String>
    public var columnChanges: [ColumnChange]
    public var sections: [SectionDiff]
    public var warnings: [DiffWarning]
    public var hidden: [HiddenEdit]
    public var counts: ChangeCounts

    public var rows: [RowDiff] { sections.flatMap(\.diffs) }
}
