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
        /// The printed names of the values of a fixed list («не выполнено» for `not-done`).
        var oldLabel: String?
        var newLabel: String?
        var shiftDays: Int?
        var added: [String]?
        var removed: [String]?
        var deltas: [String]?
        /// The word-level edits of a text, old and new text interleaved.
        var edits: [Edit]?

        enum CodingKeys: String, CodingKey {
            case field, category, old, new, added, removed, deltas, edits
            case oldLabel = "old_label"
            case newLabel = "new_label"
            case shiftDays = "shift_days"
        }
    }

    /// A run of a word diff: `equal`, `delete` or `insert`, and its text.
    struct Edit: Encodable, Equatable {
        var op: String
        var text: String
    }

    /// The whole of an added or removed row or block, as the version that has it gives it.
    struct Item: Encodable {
        var id: String?
        var number: String?
        var level: String?
        var kind: String?
        var text: String
        /// Column key → the cell as text.
        var cells: [String: String]?
        var subitems: [Item]?
    }

    /// One change. `action` is `added`, `removed`, `changed` (a row moved and edited too says `moved: true`)
    /// or `moved` (moved and otherwise the same).
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
        /// An activity whose execution a report records: its roadmap and text.
        var roadmap: String?
        var activity: String?
        var fields: [Field]
        /// Added and removed rows and blocks: the whole of what was added or removed.
        var item: Item?

        enum CodingKeys: String, CodingKey {
            case change, anchor, action, moved, id, number, direction, block, roadmap, activity, fields, item
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

    /// An edit hidden from the review, with why: `kind` for machines, `reason` in Russian.
    struct Hidden: Encodable {
        var kind: String
        var reason: String
        var place: String
        var field: String
        var old: String
        var new: String
        var anchor: String
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
        var hiddenEdits: [Hidden]

        enum CodingKeys: String, CodingKey {
            case kind, id, entity, title, action, url, added, removed, changed, moved, hidden, metadata, columns, warnings, changes
            case hiddenEdits = "hidden_edits"
        }
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
            guard document.isListed else { return nil }
            let counts = document.counts
            var page = Page(
                kind: document.kind.rawValue, id: document.id, entity: document.entityID, title: document.title,
                action: document.action.rawValue, url: paths.pages[index].map { SitePath.file(for: $0) },
                added: counts.added, removed: counts.removed, changed: counts.changed, moved: counts.moved, hidden: counts.hidden,
                metadata: document.metadata.map { Field(field: $0.key, old: $0.old, new: $0.new, edits: Self.edits($0.diff)) }, columns: [], warnings: [], changes: [],
                hiddenEdits: document.hidden.map {
                    Hidden(kind: $0.kind.rawValue, reason: DiffWording.hiddenKind($0.kind), place: $0.place, field: $0.field, old: $0.old, new: $0.new, anchor: $0.anchor)
                })
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
                page.changes = prose.execution.map(Self.change) + prose.blocks.compactMap(Self.change)
            }
            return page
        }
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
