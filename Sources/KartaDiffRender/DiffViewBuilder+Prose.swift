import KartaDiff
import KartaMarkdown

extension DiffViewBuilder {
    func prosePage(_ prose: ProseDiff, path: String) -> DiffProseView {
        let total = (prose.blocks.compactMap(\.changeNumber) + prose.execution.compactMap(\.changeNumber)).max() ?? 0
        // Entries in reading order; consecutive table rows become one table.
        enum Entry {
            case block(DiffProseView.BlockView, touched: Bool)
            case tableRow(DiffTableView.RowView, columns: Int, touched: Bool)
            case ghost(DiffTableView.GhostView)
        }
        var entries: [Entry] = []
        for row in prose.rows {
            switch row {
            case .block(let block):
                let touched = block.action != .unchanged || block.movedFrom != nil
                if case .tableRow = block.block.kind {
                    entries.append(.tableRow(tableRowView(block, total: total), columns: block.block.cells.count + 1, touched: touched))
                } else {
                    entries.append(.block(blockView(block, total: total), touched: touched))
                }
            case .movedAway(let moved):
                entries.append(.ghost(DiffTableView.GhostView(
                    anchor: moved.anchor, className: "diff-ghost", text: "перенесено отсюда: «\(Self.excerpt(moved.block.text))»",
                    target: "#" + moved.target)))
            }
        }
        let visible = Self.visibility(entries.map { entry in
            switch entry {
            case .block(_, let touched), .tableRow(_, _, let touched): touched
            case .ghost: true
            }
        })
        var lines: [DiffProseView.LineView] = []
        var index = 0
        while index < entries.count {
            if case .tableRow = entries[index] {
                // A table stays whole: its rows are never folded away from their header.
                var rows: [DiffTableView.RowView] = []
                var columns = 0
                while index < entries.count, case .tableRow(let row, let count, _) = entries[index] {
                    rows.append(row)
                    columns = max(columns, count)
                    index += 1
                }
                lines.append(DiffProseView.LineView(blocks: [], tables: [DiffProseView.TableView(rows: rows, columnCount: columns)], ghosts: [], folds: []))
                continue
            }
            if visible[index] {
                switch entries[index] {
                case .block(let view, _): lines.append(DiffProseView.LineView(blocks: [view], tables: [], ghosts: [], folds: []))
                case .ghost(let ghost): lines.append(DiffProseView.LineView(blocks: [], tables: [], ghosts: [ghost], folds: []))
                case .tableRow: break
                }
                index += 1
                continue
            }
            var folded: [DiffProseView.BlockView] = []
            while index < entries.count, !visible[index], case .block(let view, _) = entries[index] {
                folded.append(view)
                index += 1
            }
            lines.append(DiffProseView.LineView(blocks: [], tables: [], ghosts: [], folds: [DiffProseView.FoldView(
                label: "… \(DiffWording.units(folded.count, of: prose.kind)) без изменений", blocks: folded)]))
        }
        let touched = prose.blocks.filter { $0.action != .unchanged || $0.movedFrom != nil }
        return DiffProseView(
            chrome: chrome(from: path, title: prose.title), header: header(.prose(prose), path: path, warnings: [], banner: []),
            filters: touched.isEmpty && prose.execution.isEmpty ? [] : [filters(
                touched.map { ($0.action, $0.movedFrom != nil, $0.action == .changed ? [.wording] : [], nil) }
                    + prose.execution.map { (.changed, false, $0.categories, nil) })],
            execution: executionView(prose, path: path, total: total), lines: lines, hasLines: !lines.isEmpty, hidden: hidden(prose.hidden))
    }

    private func blockView(_ block: BlockDiff, total: Int) -> DiffProseView.BlockView {
        var classes = ["diff-block", "diff-row", "is-\(block.action.rawValue)"]
        if block.movedFrom != nil { classes.append("is-moved") }
        if block.action == .changed { classes.append("has-wording") }
        if case .heading = block.block.kind { classes.append("kind-heading") }
        var notes: [DiffTableView.NoteView] = []
        if let from = block.movedFrom { notes.append(DiffTableView.NoteView(text: "перенесено с другого места", url: "#" + from, hasURL: true)) }
        if block.isFormattingOnly { notes.append(DiffTableView.NoteView(text: "слова те же, изменены оформление или ссылка", url: "", hasURL: false)) }
        var view = DiffProseView.BlockView(
            anchor: block.anchor, className: classes.joined(separator: " "),
            action: actionView(block.action, moved: block.movedFrom != nil, notes: notes, aliases: [], number: block.changeNumber, total: total),
            html: "", changes: [])
        guard block.action != .unchanged || block.movedFrom != nil else {
            view.html = block.block.html
            return view
        }
        var change = DiffProseView.BlockChangeView(
            isWholeInserted: block.action == .added, isWholeDeleted: block.action == .removed, wholeHTML: "", textChanges: [], formattingOnly: [])
        if let diff = block.text {
            change.textChanges = [textChange(diff)]
        } else if block.action == .added || block.action == .removed {
            change.wholeHTML = block.block.html
        } else {
            view.html = block.block.html
            if block.isFormattingOnly { change.formattingOnly = [DiffProseView.FormattingView(oldHTML: block.old?.html ?? "")] }
        }
        view.changes = [change]
        return view
    }

    /// A pipe-table row of a page, shown like a row of a table document.
    private func tableRowView(_ block: BlockDiff, total: Int) -> DiffTableView.RowView {
        var classes = ["diff-row", "is-\(block.action.rawValue)"]
        if block.movedFrom != nil { classes.append("is-moved") }
        if case .tableRow(true) = block.block.kind { classes.append("diff-table-header") }
        let source = block.new ?? block.old!
        let cells = source.cells.indices.map { index -> DiffTableView.CellView in
            var cell = DiffTableView.CellView(className: "col-cell", isRowHeader: index == 0, html: "", text: source.cells[index], changes: [])
            var change = DiffTableView.CellChangeView.empty
            if block.action == .added || block.action == .removed {
                change.wholeText = cell.text
                change.isWholeInserted = block.action == .added
                change.isWholeDeleted = block.action == .removed
                cell.text = ""
                cell.isRowHeader = false
                cell.changes = [change]
            } else if index < block.cells.count, let diff = block.cells[index].diff {
                change.textChanges = [textChange(diff)]
                cell.text = ""
                cell.className += " cell-changed"
                cell.isRowHeader = false
                cell.changes = [change]
            }
            return cell
        }
        let notes = block.movedFrom.map { [DiffTableView.NoteView(text: "перенесено с другого места", url: "#" + $0, hasURL: true)] } ?? []
        return DiffTableView.RowView(
            anchor: block.anchor, className: classes.joined(separator: " "),
            action: actionView(block.action, moved: block.movedFrom != nil, notes: notes, aliases: [], number: block.changeNumber, total: total),
            cells: cells)
    }

    static func excerpt(_ text: String) -> String {
        let words = text.split(separator: " ")
        return words.count > 12 ? words.prefix(12).joined(separator: " ") + " …" : text
    }
}
