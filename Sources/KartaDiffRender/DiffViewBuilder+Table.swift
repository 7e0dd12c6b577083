import KartaDiff
import KartaModel

extension DiffViewBuilder {
    func tablePage(_ table: TableDiff, path: String) -> DiffTableView {
        var banner = table.columnChanges.map { DiffHeaderView.BannerItemView(label: "Столбцы", text: DiffWording.columnChange($0), textChanges: []) }
        for section in table.sections {
            if let titleDiff = section.titleDiff {
                banner.append(DiffHeaderView.BannerItemView(label: "Название раздела", text: "", textChanges: [textChange(titleDiff)]))
            }
            if section.isMoved {
                banner.append(DiffHeaderView.BannerItemView(label: "Порядок разделов", text: "раздел «\(section.title)» стоит на другом месте", textChanges: []))
            }
        }
        let total = table.rows.compactMap(\.changeNumber).max() ?? 0
        let columns = [DiffTableView.ColumnView(title: "Изменение", key: "action", note: "", hasNote: false)] + table.columns.map { column in
            let note = table.addedColumns.contains(column.key) ? "новый столбец" : table.removedColumns.contains(column.key) ? "удалённый столбец" : column.role == .number ? "(было)" : ""
            return DiffTableView.ColumnView(title: column.title, key: column.key, note: note, hasNote: !note.isEmpty)
        }
        let sections = table.sections.enumerated().map { sectionView($0.element, index: $0.offset, table: table, total: total) }
        let touched = table.rows.filter(\.isTouched)
        let toc = table.sections.count > 1 ? table.sections.map { section in
            DiffTocEntryView(
                title: section.title.isEmpty ? "Без раздела" : section.title, anchor: section.anchor,
                count: "изменений: \(section.diffs.filter(\.isTouched).count)")
        } : []
        return DiffTableView(
            chrome: chrome(from: path, title: table.title), header: header(.table(table), path: path, warnings: table.warnings, banner: banner),
            filters: touched.isEmpty ? [] : [filters(touched.map { ($0.action, $0.move != nil, $0.categories, $0.level) }, sections: table.sections.map(\.title))],
            toc: toc, hasToc: !toc.isEmpty, columns: columns, columnCount: columns.count, hasSections: !sections.isEmpty,
            sections: sections, hidden: hidden(table.hidden, columns: table.columns, places: DiffWording.rowPlaces(in: table)))
    }

    /// How many sections the stylesheet has a filter rule for (`#section-N`).
    static let filterableSections = 30

    /// Filters for the kinds of change, fields, levels and sections (directions) that occur; `all` is checked.
    func filters(_ rows: [(action: DiffAction, isMoved: Bool, categories: [ChangeCategory], level: Level?)], sections: [String] = []) -> DiffFiltersView {
        func option(_ group: String, _ value: String, _ label: String) -> DiffFiltersView.OptionView {
            // `show` values stand alone (`only-added`); the others name their group (`only-level-school`).
            let target = value == "all" ? "diff-filters" : group == "show" ? "only-\(value)" : "only-\(group)-\(value)"
            return DiffFiltersView.OptionView(target: target, label: label, isAll: value == "all")
        }
        var show = [option("show", "all", "все строки"), option("show", "changes", "только изменения")]
        for action in [DiffAction.added, .removed, .changed] where rows.contains(where: { $0.action == action }) {
            show.append(option("show", action.rawValue, DiffWording.action(action).label))
        }
        if rows.contains(where: \.isMoved) { show.append(option("show", "moved", DiffWording.moved.label)) }
        var groups = [DiffFiltersView.GroupView(key: "show", legend: "Показать", options: show)]
        let categories = Set(rows.flatMap(\.categories)).sorted()
        if !categories.isEmpty {
            groups.append(DiffFiltersView.GroupView(
                key: "field", legend: "Что изменилось",
                options: [option("field", "all", "всё")] + categories.map { option("field", $0.rawValue, DiffWording.category($0)) }))
        }
        let levels = Level.allCases.filter { level in rows.contains { $0.level == level } }
        if levels.count > 1 {
            groups.append(DiffFiltersView.GroupView(
                key: "level", legend: "Уровень", options: [option("level", "all", "все")] + levels.map { option("level", $0.rawValue, DiffWording.level($0)) }))
        }
        if sections.count > 1, sections.count <= Self.filterableSections {
            groups.append(DiffFiltersView.GroupView(
                key: "section", legend: "Раздел",
                options: [option("section", "all", "все")] + sections.enumerated().map { option("section", String($0.offset), $0.element.isEmpty ? "без раздела" : $0.element) }))
        }
        return DiffFiltersView(groups: groups)
    }

    private func sectionView(_ section: SectionDiff, index: Int, table: TableDiff, total: Int) -> DiffTableView.SectionView {
        var entries: [(touched: Bool, line: DiffTableView.LineView, rows: [DiffTableView.RowView], first: String?)] = []
        for item in section.rows {
            switch item {
            case .row(let row):
                let views = rowViews(row, table: table, total: total)
                entries.append((row.isTouched, DiffTableView.LineView(rows: views, ghosts: [], folds: []), views, row.number ?? row.oldNumber))
            case .movedAway(let ghost):
                let target = ghost.toDirectionID == section.directionID
                    ? "" : " в раздел «\(DiffWording.shortened(ghost.toSectionTitle, limit: DiffWording.sectionTitleLength))»"
                let numbers = ghost.oldNumber == ghost.newNumber
                    ? (ghost.newNumber.map { "№ \($0)" } ?? "")
                    : [ghost.oldNumber.map { "было № \($0)" }, ghost.newNumber.map { "теперь № \($0)" }].compactMap { $0 }.joined(separator: ", ")
                let view = DiffTableView.GhostView(
                    anchor: ghost.anchor, className: "diff-ghost",
                    text: "перенесено отсюда\(target)" + (numbers.isEmpty ? "" : " (\(numbers))") + " — «\(DiffWording.quote(ghost.text))»",
                    target: "#" + ghost.target)
                entries.append((true, DiffTableView.LineView(rows: [], ghosts: [view], folds: []), [], nil))
            }
        }
        let visible = Self.visibility(entries.map(\.touched))
        var lines: [DiffTableView.LineView] = []
        var index = 0
        while index < entries.count {
            if visible[index] {
                lines.append(entries[index].line)
                index += 1
                continue
            }
            var end = index
            while end < entries.count, !visible[end] { end += 1 }
            let run = entries[index..<end]
            let numbers = [run.first?.first, run.last?.first].compactMap { $0 }
            let span = numbers.count == 2 ? " (№ \(numbers[0])–\(numbers[1]))" : ""
            lines.append(DiffTableView.LineView(rows: [], ghosts: [], folds: [DiffTableView.FoldView(
                label: "… \(DiffWording.units(run.count, of: table.kind)) без изменений\(span)", rows: run.flatMap(\.rows))]))
            index = end
        }
        var badge = ""
        if section.action == .added { badge = "+ раздел добавлен" }
        if section.action == .removed { badge = "− раздел удалён" }
        if section.isMoved { badge = (badge.isEmpty ? "" : badge + " · ") + "↕ раздел перемещён" }
        return DiffTableView.SectionView(
            anchor: section.anchor, className: "diff-section sec-\(index)", title: section.title,
            titleChanges: section.titleDiff.map { [textChange($0)] } ?? [],
            badge: badge, hasBadge: !badge.isEmpty, lines: lines)
    }

    /// The row and its sub-rows. Sub-rows carry their parent's filter classes, so a filter keeps them together.
    private func rowViews(_ row: RowDiff, table: TableDiff, total: Int) -> [DiffTableView.RowView] {
        var filterClasses = ["is-\(row.action.rawValue)"]
        if row.move != nil { filterClasses.append("is-moved") }
        filterClasses += row.categories.map { "has-\($0.rawValue)" }
        if let level = row.level { filterClasses.append("lvl-\(level.rawValue)") }
        var notes: [DiffTableView.NoteView] = []
        if let move = row.move {
            // Section titles run to 190 characters: the note names the section shortly, the whole title on hover.
            let section = DiffWording.shortened(move.fromSectionTitle, limit: DiffWording.sectionTitleLength)
            let from = move.isAcrossDirections ? "из раздела «\(section)»" : "внутри раздела"
            let number = move.oldNumber.map { ", было № \($0)" } ?? ""
            let isShortened = move.isAcrossDirections && section != move.fromSectionTitle
            notes.append(DiffTableView.NoteView(
                text: "перенесено \(from)\(number)", url: "#" + move.fromAnchor, hasURL: true,
                title: isShortened ? "из раздела «\(move.fromSectionTitle)»" : "", hasTitle: isShortened))
        }
        if let oldID = row.oldID {
            notes.append(DiffTableView.NoteView(text: "идентификатор был «\(oldID)»", url: "", hasURL: false))
        }
        let main = DiffTableView.RowView(
            anchor: row.anchor, className: (["diff-row"] + filterClasses).joined(separator: " "),
            action: actionView(row.action, moved: row.move != nil, notes: notes, aliases: row.oldID.map { [Anchor.item($0)] } ?? [],
                               number: row.changeNumber, total: total),
            cells: table.columns.map { cellView($0, row: row, table: table) })
        let subrows = row.subrows.map { subrow in
            DiffTableView.RowView(
                anchor: subrow.anchor, className: (["diff-row", "diff-subrow", "sub-\(subrow.action.rawValue)"] + filterClasses).joined(separator: " "),
                action: actionView(subrow.action, moved: false, notes: [], aliases: [], number: nil, total: total),
                cells: table.columns.map { cellView($0, row: subrow, table: table) })
        }
        return [main] + subrows
    }

    /// The action cell's content: nothing for an unchanged row that is not a numbered change.
    func actionView(_ action: DiffAction, moved: Bool, notes: [DiffTableView.NoteView], aliases: [String], number: Int?, total: Int) -> [DiffTableView.RowActionView] {
        let actions = actions(action, moved: moved)
        guard !actions.isEmpty || !notes.isEmpty || !aliases.isEmpty || number != nil else { return [] }
        let navigation = Self.navigation(number, total: total)
        return [DiffTableView.RowActionView(
            changeAnchor: navigation.anchor, hasChangeAnchor: !navigation.anchor.isEmpty, actions: actions, notes: notes, aliases: aliases,
            previousChange: navigation.previous, hasPreviousChange: !navigation.previous.isEmpty,
            nextChange: navigation.next, hasNextChange: !navigation.next.isEmpty)]
    }

    private func cellView(_ column: TableColumn, row: RowDiff, table: TableDiff) -> DiffTableView.CellView {
        var cell = DiffTableView.CellView(className: "col-\(column.key)", isRowHeader: column.role == .number, html: "", text: "", changes: [])
        var change = DiffTableView.CellChangeView.empty
        if column.role == .number {
            cell.text = row.action == .removed ? "—" : row.number ?? ""
            if let old = row.oldNumber, row.action == .removed || TextDiffer.compare(old, row.number ?? "") != .same {
                change.oldNumber = old
                change.hasOldNumber = true
                cell.changes = [change]
            }
            return cell
        }
        let oldValue = row.old?.cells[column.key]
        let newValue = row.new?.cells[column.key]
        func whole(_ value: CellValue?, inserted: Bool) {
            guard let value else { return }
            (change.wholeHTML, change.wholeText) = content(value, column: column.key)
            change.isWholeInserted = inserted
            change.isWholeDeleted = !inserted
            cell.changes = [change]
        }
        switch row.action {
        case .added:
            whole(newValue, inserted: true)
            return cell
        case .removed:
            whole(oldValue, inserted: false)
            return cell
        default: break
        }
        if let diff = row.cell(column.key) {
            cell.className += " cell-changed"
            switch diff.change {
            case .text(let text):
                change.textChanges = [textChange(text)]
            case .deadline(let old, let new, let shift, _):
                change.deadlineChanges = [DiffTableView.DeadlineChangeView(
                    oldText: old ?? "", newText: new ?? "", hasOldText: !(old ?? "").isEmpty, hasNewText: !(new ?? "").isEmpty,
                    shift: shift.map(DiffWording.shift) ?? "", hasShift: shift != nil)]
            case .parties(let parties):
                change.chips = parties.kept.map { DiffTableView.ChipView(text: $0, isKept: true, isAdded: false, isRemoved: false) }
                    + parties.added.map { DiffTableView.ChipView(text: $0, isKept: false, isAdded: true, isRemoved: false) }
                    + parties.removed.map { DiffTableView.ChipView(text: $0, isKept: false, isAdded: false, isRemoved: true) }
                change.hasChips = true
            case .choice(let old, let new):
                let oldText = old.map { DiffWording.choice($0, column: column.key) } ?? ""
                let newText = new.map { DiffWording.choice($0, column: column.key) } ?? ""
                change.choiceChanges = [DiffTableView.ChoiceChangeView(oldText: oldText, newText: newText, hasOldText: !oldText.isEmpty, hasNewText: !newText.isEmpty)]
            }
            cell.changes = [change]
            return cell
        }
        if table.addedColumns.contains(column.key) {
            whole(newValue, inserted: true)
            cell.className += " cell-new-column"
        } else if table.removedColumns.contains(column.key) {
            whole(oldValue, inserted: false)
            cell.className += " cell-old-column"
        } else if let newValue {
            (cell.html, cell.text) = content(newValue, column: column.key)
        }
        return cell
    }

    /// A value as the site shows it: Markdown rendered (safe HTML), other values as text.
    private func content(_ value: CellValue, column: String) -> (html: String, text: String) {
        switch value {
        case .text(let text): (markdown.cellHTML(text), "")
        case .deadline(let text, _): ("", text)
        case .parties(let names): ("", names.joined(separator: ", "))
        case .choice(let value): ("", DiffWording.choice(value, column: column))
        }
    }
}
