import Foundation
import KartaDiff
import KartaMarkdown
import KartaRender

/// `karta diff --format json`: `{"added", "removed", "changed", "moved", "hidden", "old", "new", "pages": […]}`,
/// one page per document that changed, with each change and its fields. Keys are sorted, so the
/// same diff always gives the same bytes.
struct DiffJSON: Encodable {
    struct Version: Encodable {
        var kind: String
        var name: String
        var detail: String?
    }

    struct Field: Encodable {
        var field: String
        var category: String?
        var old: String?
        var new: String?
        var shiftDays: Int?
        var added: [String]?
        var removed: [String]?
        var deltas: [String]?

        enum CodingKeys: String, CodingKey {
            case field, category, old, new, added, removed, deltas
            case shiftDays = "shift_days"
        }
    }

    struct Change: Encodable {
        var change: Int
        var anchor: String
        var action: String
        var moved: Bool
        var id: String?
        var oldID: String?
        var number: String?
        var oldNumber: String?
        var direction: String?
        var fromDirection: String?
        var block: String?
        var fields: [Field]

        enum CodingKeys: String, CodingKey {
            case change, anchor, action, moved, id, number, direction, block, fields
            case oldID = "old_id"
            case oldNumber = "old_number"
            case fromDirection = "from_direction"
        }
    }

    struct Warning: Encodable {
        var kind: String
        var id: String
        var oldID: String
        var similarity: Double
        var message: String

        enum CodingKeys: String, CodingKey {
            case kind, id, similarity, message
            case oldID = "old_id"
        }
    }

    struct Page: Encodable {
        var kind: String
        var id: String
        var entity: String?
        var title: String
        var action: String
        var url: String?
        var added: Int
        var removed: Int
        var changed: Int
        var moved: Int
        var hidden: Int
        var metadata: [Field]
        var columns: [Field]
        var warnings: [Warning]
        var changes: [Change]
    }

    /// `"$karta": "diff"`, first under sorted keys: the header by which a later `--output` recognises
    /// the file as Karta's own and may replace it.
    var karta = "diff"
    var added: Int
    var removed: Int
    var changed: Int
    var moved: Int
    var hidden: Int
    var old: Version
    var new: Version
    var pages: [Page]

    init(_ diff: ContentDiff, paths: DiffPaths) {
        let counts = diff.counts
        added = counts.added
        removed = counts.removed
        changed = counts.changed
        moved = counts.moved
        hidden = counts.hidden
        old = Version(kind: diff.old.kind.rawValue, name: diff.old.name, detail: diff.old.detail)
        new = Version(kind: diff.new.kind.rawValue, name: diff.new.name, detail: diff.new.detail)
        pages = diff.documents.enumerated().compactMap { index, document in
            guard document.hasChanges else { return nil }
            let counts = document.counts
            var page = Page(
                kind: document.kind.rawValue, id: document.id, entity: document.entityID, title: document.title,
                action: document.action.rawValue, url: paths.pages[index].map { SitePath.file(for: $0) },
                added: counts.added, removed: counts.removed, changed: counts.changed, moved: counts.moved, hidden: counts.hidden,
                metadata: document.metadata.map { Field(field: $0.key, old: $0.old, new: $0.new) }, columns: [], warnings: [], changes: [])
            switch document {
            case .table(let table):
                page.columns = table.columnChanges.map { Field(field: $0.kind.rawValue, old: $0.oldTitle, new: $0.newTitle) }
                page.warnings = table.warnings.map {
                    Warning(kind: $0.kind.rawValue, id: $0.id, oldID: $0.oldID, similarity: ($0.similarity * 100).rounded() / 100, message: DiffWording.warning($0))
                }
                page.changes = table.sections.flatMap { section in
                    section.diffs.filter(\.isTouched).map { Self.change($0, direction: section.directionID) }
                }
            case .prose(let prose):
                page.changes = prose.blocks.compactMap(Self.change)
            }
            return page
        }
    }

    static func change(_ row: RowDiff, direction: String) -> Change {
        var fields = row.cells.map(field)
        for subrow in row.subrows where subrow.action != .unchanged {
            let label = "subitem \(subrow.number ?? subrow.oldNumber ?? subrow.id)"
            if subrow.action == .changed {
                fields += subrow.cells.map { var field = field($0); field.field = label + ": " + field.field; return field }
            } else {
                fields.append(Field(
                    field: label, old: subrow.old?.mainText, new: subrow.new?.mainText))
            }
        }
        return Change(
            change: row.changeNumber ?? 0, anchor: row.anchor, action: row.action.rawValue, moved: row.move != nil, id: row.id,
            oldID: row.oldID, number: row.number, oldNumber: row.oldNumber, direction: direction.isEmpty ? nil : direction,
            fromDirection: row.move.flatMap { $0.isAcrossDirections ? $0.fromDirectionID : nil }, block: nil,
            fields: row.action == .changed || row.move != nil ? fields : [])
    }

    static func field(_ cell: CellDiff) -> Field {
        switch cell.change {
        case .text(let diff):
            let deltas = diff.deltas.map(DiffWording.delta)
            return Field(field: cell.key, category: cell.category.rawValue, old: diff.old, new: diff.new, deltas: deltas.isEmpty ? nil : deltas)
        case .deadline(let old, let new, let shift, _):
            return Field(field: cell.key, category: cell.category.rawValue, old: old, new: new, shiftDays: shift)
        case .parties(let parties):
            return Field(field: cell.key, category: cell.category.rawValue, added: parties.added, removed: parties.removed)
        case .choice(let old, let new):
            return Field(field: cell.key, category: cell.category.rawValue, old: old, new: new)
        }
    }

    static func change(_ block: BlockDiff) -> Change? {
        guard let number = block.changeNumber else { return nil }
        return Change(
            change: number, anchor: block.anchor, action: block.action.rawValue, moved: block.movedFrom != nil, block: block.block.kindName,
            fields: [Field(field: "text", old: block.old?.text, new: block.new?.text)])
    }

    static let header = Data("{\n  \"$karta\" : \"diff\"".utf8)

    enum CodingKeys: String, CodingKey {
        case karta = "$karta"
        case added, removed, changed, moved, hidden, old, new, pages
    }

    func data() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}

extension MarkdownBlock {
    /// `heading`, `paragraph`, `list-item`, … for machines.
    var kindName: String {
        switch kind {
        case .heading: "heading"
        case .paragraph: "paragraph"
        case .listItem: "list-item"
        case .code: "code"
        case .html: "html"
        case .rule: "rule"
        case .tableRow: "table-row"
        }
    }
}
