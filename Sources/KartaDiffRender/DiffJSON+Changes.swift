import KartaDiff
import KartaMarkdown
import KartaModel
import KartaRender

/// Each kind of change as a `Change` of the JSON form.
extension DiffJSON {
    static func change(_ row: RowDiff, direction: String) -> Change {
        var fields = row.cells.map(field)
        for subrow in row.subrows where subrow.action != .unchanged {
            let label = "subitem \(subrow.number ?? subrow.oldNumber ?? subrow.id)"
            if subrow.action == .changed {
                fields += subrow.cells.map { var field = field($0); field.field = label + ": " + field.field; return field }
            } else {
                fields.append(Field(field: label, old: subrow.old?.mainText, new: subrow.new?.mainText))
            }
        }
        let whole = row.action == .added ? row.new : row.action == .removed ? row.old : nil
        return Change(
            change: row.changeNumber ?? 0, anchor: row.anchor, action: action(row.action, moved: row.move != nil), moved: row.move != nil,
            id: row.id, oldID: row.oldID, number: row.number, oldNumber: row.oldNumber, direction: direction.isEmpty ? nil : direction,
            fromDirection: row.move.flatMap { $0.isAcrossDirections ? $0.fromDirectionID : nil }, block: nil,
            fields: row.action == .changed || row.move != nil ? fields : [], item: whole.map(item))
    }

    /// What happened to a row or block: a move that changed nothing else is `moved`.
    static func action(_ action: DiffAction, moved: Bool) -> String {
        action == .unchanged && moved ? "moved" : action.rawValue
    }

    static func item(_ row: TableRow) -> Item {
        Item(
            id: row.id, number: row.number, level: row.level?.rawValue, text: row.mainText,
            cells: row.cells.mapValues(\.plainText), subitems: row.subrows.isEmpty ? nil : row.subrows.map(item))
    }

    static func field(_ cell: CellDiff) -> Field {
        switch cell.change {
        case .text(let diff):
            let deltas = diff.deltas.map(DiffWording.delta)
            return Field(
                field: cell.key, category: cell.category.rawValue, old: diff.old, new: diff.new, deltas: deltas.isEmpty ? nil : deltas,
                edits: edits(diff))
        case .deadline(let old, let new, let shift, let text):
            return Field(field: cell.key, category: cell.category.rawValue, old: old, new: new, shiftDays: shift, edits: text.map(edits))
        case .parties(let parties):
            return Field(field: cell.key, category: cell.category.rawValue, added: parties.added, removed: parties.removed)
        case .choice(let old, let new):
            return Field(
                field: cell.key, category: cell.category.rawValue, old: old, new: new,
                oldLabel: old.map { DiffWording.choice($0, column: cell.key) }, newLabel: new.map { DiffWording.choice($0, column: cell.key) })
        }
    }

    static func edits(_ diff: TextDiff) -> [Edit] {
        diff.segments.map { segment in
            switch segment {
            case .equal(let text): Edit(op: "equal", text: text)
            case .deleted(let text): Edit(op: "delete", text: text)
            case .inserted(let text): Edit(op: "insert", text: text)
            }
        }
    }

    static func change(_ block: BlockDiff) -> Change? {
        guard let number = block.changeNumber else { return nil }
        let whole = block.action == .added ? block.new : block.action == .removed ? block.old : nil
        var fields: [Field] = []
        if block.action == .changed {
            if let diff = block.text {
                fields.append(Field(field: "text", old: diff.old, new: diff.new, deltas: deltas(diff), edits: edits(diff)))
            } else if block.cells.contains(where: { $0.diff != nil }) {
                // A table row: its changed cells, numbered from 1 as printed.
                fields += block.cells.enumerated().compactMap { index, cell in
                    cell.diff.map { Field(field: "cell \(index + 1)", old: $0.old, new: $0.new, deltas: deltas($0), edits: edits($0)) }
                }
            } else {
                fields.append(Field(field: "text", old: block.old?.text, new: block.new?.text))
            }
        }
        return Change(
            change: number, anchor: block.anchor, action: action(block.action, moved: block.movedFrom != nil), moved: block.movedFrom != nil,
            block: block.block.kindName, fields: fields,
            item: whole.map { Item(kind: $0.kindName, text: $0.text, cells: $0.cells.isEmpty ? nil : Self.cells($0.cells)) })
    }

    static func deltas(_ diff: TextDiff) -> [String]? {
        diff.deltas.isEmpty ? nil : diff.deltas.map(DiffWording.delta)
    }

    /// A pipe-table row's cells by their number, from 1.
    static func cells(_ cells: [String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: cells.enumerated().map { ("\($0.offset + 1)", $0.element) })
    }

    static func change(_ execution: ExecutionChange) -> Change {
        var fields: [Field] = []
        if execution.statusChanged {
            fields.append(Field(
                field: "status", category: ChangeCategory.status.rawValue, old: execution.oldStatus.rawValue, new: execution.newStatus.rawValue,
                oldLabel: RussianFormat.status(execution.oldStatus), newLabel: RussianFormat.status(execution.newStatus)))
        }
        if let result = execution.result {
            fields.append(Field(
                field: "result", category: ChangeCategory.wording.rawValue, old: result.old, new: result.new, deltas: deltas(result),
                edits: edits(result)))
        }
        let entry = execution.entry
        return Change(
            change: execution.changeNumber ?? 0, anchor: execution.anchor, action: DiffAction.changed.rawValue, moved: false,
            id: entry.itemID, number: entry.number, block: "execution", roadmap: entry.roadmapID, activity: entry.activity, fields: fields)
    }
}
