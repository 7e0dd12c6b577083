import KartaDiff
import KartaRender

/// `karta diff --format markdown`: a summary to paste into a merge request. One table of
/// documents, then the changes of each, one line per row.
struct DiffMarkdown {
    /// Changes listed per document before «… и ещё N».
    static let changesPerDocument = 40
    static let excerptLength = 140

    /// The first line: invisible where the Markdown is shown, and how a later `--output` recognises the
    /// file as Karta's own and may replace it.
    static let header = "<!-- karta diff -->"

    let diff: ContentDiff

    var text: String {
        var lines = [Self.header, "## Изменения в содержании: \(DiffWording.version(diff.old)) → \(DiffWording.version(diff.new))", ""]
        lines.append(DiffWording.summary(diff.counts, kind: nil))
        let changed = diff.documents.filter(\.isListed)
        guard !changed.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        lines += ["", "| Документ | Вид | + | − | ✎ | ↕ | Скрыто |", "|---|---|---:|---:|---:|---:|---:|"]
        for document in changed {
            let counts = document.counts
            func cell(_ value: Int) -> String { value == 0 ? "" : String(value) }
            lines.append("| \(Self.escape(title(document))) | \(DiffWording.kind(document.kind)) | \(cell(counts.added)) | \(cell(counts.removed)) | \(cell(counts.changed)) | \(cell(counts.moved)) | \(cell(counts.hidden)) |")
        }
        for document in changed {
            lines += ["", "### \(DiffWording.kind(document.kind)): \(Self.escape(title(document)))", ""]
            if document.action == .added || document.action == .removed { lines.append("- \(DiffWording.action(document.action).glyph) документ \(document.action == .added ? "добавлен" : "удалён")") }
            for change in document.metadata {
                lines.append("- ✎ \(DiffWording.metadata(change.key)): \(Self.change(change.diff))")
            }
            var items: [String] = []
            switch document {
            case .table(let table):
                items += table.columnChanges.map { "- ✎ \(DiffWording.columnChange($0))" }
                items += table.warnings.map { "- ⚠ \(DiffWording.warning($0))" }
                if document.action == .changed { items += table.rows.filter(\.isTouched).map { row(table, $0) } }
            case .prose(let prose):
                if document.action == .changed {
                    items += prose.execution.map(execution) + prose.blocks.filter { $0.changeNumber != nil }.map(block)
                }
            }
            lines += items.prefix(Self.changesPerDocument)
            if items.count > Self.changesPerDocument { lines.append("- … и ещё \(items.count - Self.changesPerDocument)") }
            let columns: [TableColumn] = if case .table(let table) = document { table.columns } else { [] }
            lines += hidden(document.hidden, columns: columns)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The hidden edits of a document behind a `<details>` (GitLab and GitHub fold it): where, what, why, old → new.
    func hidden(_ edits: [HiddenEdit], columns: [TableColumn]) -> [String] {
        guard !edits.isEmpty else { return [] }
        var lines = ["", "<details><summary>Скрыто правок оформления: \(edits.count)</summary>", ""]
        lines += edits.prefix(Self.changesPerDocument).map { edit in
            return "- \(Self.escape(DiffWording.hiddenPlace(edit))), \(Self.escape(DiffWording.hiddenField(edit, columns: columns))) (\(DiffWording.hiddenKind(edit.kind))): «\(Self.excerpt(edit.old))» → «\(Self.excerpt(edit.new))»"
        }
        if edits.count > Self.changesPerDocument { lines.append("- … и ещё \(edits.count - Self.changesPerDocument)") }
        return lines + ["", "</details>"]
    }

    func title(_ document: ContentDiff.Document) -> String {
        document.title.isEmpty ? document.id : document.title
    }

    func row(_ table: TableDiff, _ row: RowDiff) -> String {
        var parts: [String] = []
        let glyphs = (row.action == .unchanged ? "" : DiffWording.action(row.action).glyph) + (row.move != nil ? DiffWording.moved.glyph : "")
        var number = row.number.map { "№ \($0)" } ?? row.oldNumber.map { "№ \($0)" } ?? row.id
        if let old = row.oldNumber, row.action != .removed, old != row.number { number += " (было \(old))" }
        parts.append("- \(glyphs) **\(Self.escape(number))**")
        switch row.action {
        case .added: parts.append(Self.excerpt(row.new?.mainText ?? ""))
        case .removed: parts.append("~~\(Self.excerpt(row.old?.mainText ?? ""))~~")
        default:
            let titles = Dictionary(table.columns.map { ($0.key, $0.title) }, uniquingKeysWith: { first, _ in first })
            var fields = row.cells.map { cell in "\(titles[cell.key] ?? cell.key): \(Self.change(cell.change))" }
            let subrows = row.subrows.filter { $0.action != .unchanged }
            if !subrows.isEmpty { fields.append("подпункты: \(subrows.count)") }
            if let move = row.move { fields.append(move.isAcrossDirections ? "перенесено из раздела «\(move.fromSectionTitle)»" : "перемещено внутри раздела") }
            if let oldID = row.oldID { fields.append("идентификатор был «\(oldID)»") }
            parts.append(fields.joined(separator: "; "))
        }
        return parts.joined(separator: " ")
    }

    func block(_ block: BlockDiff) -> String {
        let glyphs = (block.action == .unchanged ? "" : DiffWording.action(block.action).glyph) + (block.movedFrom != nil ? DiffWording.moved.glyph : "")
        switch block.action {
        case .added: return "- \(glyphs) \(Self.excerpt(block.block.text))"
        case .removed: return "- \(glyphs) ~~\(Self.excerpt(block.block.text))~~"
        default:
            if let diff = block.text { return "- \(glyphs) \(Self.change(diff))" }
            return "- \(glyphs) \(Self.excerpt(block.block.text))" + (block.isFormattingOnly ? " (изменено оформление)" : " (перемещено)")
        }
    }

    /// «✎ **п. 2.1** «Проведение …»: не выполнено → выполнено; результат: …».
    func execution(_ change: ExecutionChange) -> String {
        var parts: [String] = []
        if change.statusChanged { parts.append("\(RussianFormat.status(change.oldStatus)) → \(RussianFormat.status(change.newStatus))") }
        if let result = change.result { parts.append("результат: " + Self.change(result)) }
        return "- \(DiffWording.action(.changed).glyph) \(Self.escape(ExecutionChange.place(change.entry))): " + parts.joined(separator: "; ")
    }

    static func change(_ change: CellChange) -> String {
        switch change {
        case .text(let diff): return Self.change(diff)
        case .deadline(let old, let new, let shift, _):
            return "«\(escape(old ?? ""))» → «\(escape(new ?? ""))»" + (shift.map { " (\(DiffWording.shift($0)))" } ?? "")
        case .parties(let parties):
            return (parties.added.map { "+\(escape($0))" } + parties.removed.map { "−\(escape($0))" }).joined(separator: ", ")
        case .choice(let old, let new):
            return "«\(escape(old ?? ""))» → «\(escape(new ?? ""))»"
        }
    }

    static func change(_ diff: TextDiff) -> String {
        let deltas = diff.deltas.map(DiffWording.delta)
        let suffix = deltas.isEmpty ? "" : " (\(deltas.joined(separator: ", ")))"
        if diff.isRewrite { return "~~\(excerpt(diff.old))~~ → \(excerpt(diff.new))" + suffix }
        let deleted = diff.deletedText
        let inserted = diff.insertedText
        let parts = [deleted.isEmpty ? nil : "~~\(excerpt(deleted))~~", inserted.isEmpty ? nil : "**\(excerpt(inserted))**"].compactMap { $0 }
        return parts.joined(separator: " → ") + suffix
    }

    static func excerpt(_ text: String) -> String {
        let flat = escape(text)
        return flat.count > excerptLength ? String(flat.prefix(excerptLength)) + "…" : flat
    }

    /// One line, no table breaks, no stray emphasis.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in String(text.split(whereSeparator: \.isNewline).joined(separator: " ")) {
            if "|*_~`<>[]\\".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
