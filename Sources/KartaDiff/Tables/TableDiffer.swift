import KartaModel

/// Diffs two versions of a table document by its model, not its HTML.
///
/// Rows are matched by id; rows left over in one direction are paired by word similarity (an id
/// changed); sections are matched by direction; inside a section the rows that kept their order
/// are a longest increasing subsequence, the others moved. Matched rows are compared cell by cell.
struct TableDiffer: Sendable {
    /// Rows of one direction whose ids differ are one row when their words are this similar.
    static let pairingThreshold = 0.6
    /// Rows with one id but texts this different are flagged: the id may have been reused.
    static let reuseThreshold = 0.2
    /// Sub-items (no ids) are one edited sub-item from this similarity.
    static let subrowThreshold = 0.4

    let resolver: PartyResolver

    /// A row and where it stands: its section and its place in the flat list of rows.
    private struct Placed {
        var row: TableRow
        var section: Int
    }

    func diff(old: TableDocument?, new: TableDocument?) -> TableDiff {
        let base = (new ?? old)!
        let oldDocument = old ?? base.emptied
        let newDocument = new ?? base.emptied
        var run = Run(
            old: oldDocument, new: newDocument, comparesFields: old != nil && new != nil,
            comparer: CellComparer(resolver: resolver, oldPeriod: oldDocument.period, newPeriod: newDocument.period))
        run.match()
        var result = run.result()
        result.action = old == nil ? .added : new == nil ? .removed : (result.counts.hasChanges ? .changed : .unchanged)
        return result
    }

    /// The state of one comparison.
    private struct Run {
        let old: TableDocument
        let new: TableDocument
        /// False for a document only one version has: its title and approval are not field changes.
        let comparesFields: Bool
        let comparer: CellComparer
        let oldRows: [Placed]
        let newRows: [Placed]
        var oldToNew: [Int?]
        var newToOld: [Int?]
        /// New rows paired with an old row of another id.
        var pairedByText = Set<Int>()
        var warnings: [DiffWarning] = []
        var sectionOldToNew: [Int: Int] = [:]
        var sectionNewToOld: [Int: Int] = [:]
        /// Rows, by flat index, that kept their order within their section.
        var oldAnchors = Set<Int>()
        var newAnchors = Set<Int>()

        init(old: TableDocument, new: TableDocument, comparesFields: Bool, comparer: CellComparer) {
            self.old = old
            self.new = new
            self.comparesFields = comparesFields
            self.comparer = comparer
            oldRows = old.sections.enumerated().flatMap { index, section in section.rows.map { Placed(row: $0, section: index) } }
            newRows = new.sections.enumerated().flatMap { index, section in section.rows.map { Placed(row: $0, section: index) } }
            oldToNew = Array(repeating: nil, count: oldRows.count)
            newToOld = Array(repeating: nil, count: newRows.count)
        }

        mutating func match() {
            var oldByID: [String: Int] = [:]
            for (index, placed) in oldRows.enumerated() where oldByID[placed.row.id] == nil { oldByID[placed.row.id] = index }
            for (index, placed) in newRows.enumerated() {
                if let partner = oldByID[placed.row.id], oldToNew[partner] == nil {
                    oldToNew[partner] = index
                    newToOld[index] = partner
                }
            }
            pairLeftovers()
            matchSections()
            findAnchors()
            checkReusedIDs()
        }

        /// Unmatched rows of the same direction, paired by the words of their main text.
        private mutating func pairLeftovers() {
            let oldLeft = Dictionary(grouping: oldRows.indices.filter { oldToNew[$0] == nil }) { old.sections[oldRows[$0].section].directionID }
            let newLeft = Dictionary(grouping: newRows.indices.filter { newToOld[$0] == nil }) { new.sections[newRows[$0].section].directionID }
            for direction in oldLeft.keys.sorted() {
                guard let olds = oldLeft[direction], let news = newLeft[direction] else { continue }
                var interner = Interner()
                let oldBags = olds.map { WordBag(oldRows[$0].row.mainText, interner: &interner) }
                let newBags = news.map { WordBag(newRows[$0].row.mainText, interner: &interner) }
                for pair in SimilarityPairing.pairs(old: oldBags, new: newBags, threshold: TableDiffer.pairingThreshold) {
                    let o = olds[pair.old]
                    let n = news[pair.new]
                    oldToNew[o] = n
                    newToOld[n] = o
                    pairedByText.insert(n)
                    warnings.append(DiffWarning(
                        kind: .idChanged, id: newRows[n].row.id, oldID: oldRows[o].row.id, similarity: pair.similarity,
                        anchor: Anchor.item(newRows[n].row.id)))
                }
            }
        }

        /// The k-th section of a direction in one version is the k-th of that direction in the other.
        private mutating func matchSections() {
            var oldByOccurrence: [String: [Int]] = [:]
            for (index, section) in old.sections.enumerated() { oldByOccurrence[section.directionID, default: []].append(index) }
            var seen: [String: Int] = [:]
            for (index, section) in new.sections.enumerated() {
                let occurrence = seen[section.directionID, default: 0]
                seen[section.directionID] = occurrence + 1
                if let candidates = oldByOccurrence[section.directionID], occurrence < candidates.count {
                    sectionNewToOld[index] = candidates[occurrence]
                    sectionOldToNew[candidates[occurrence]] = index
                }
            }
        }

        /// Within each pair of sections, the matched rows that kept their relative order.
        private mutating func findAnchors() {
            for newSection in new.sections.indices {
                guard let oldSection = sectionNewToOld[newSection] else { continue }
                let members = newRows.indices.filter { index in
                    newRows[index].section == newSection && newToOld[index].map { oldRows[$0].section == oldSection } == true
                }
                let kept = LongestIncreasingSubsequence.positions(members.map { newToOld[$0]! })
                for (position, index) in members.enumerated() where kept.contains(position) {
                    newAnchors.insert(index)
                    oldAnchors.insert(newToOld[index]!)
                }
            }
        }

        private mutating func checkReusedIDs() {
            var interner = Interner()
            for (index, partner) in newToOld.enumerated() {
                guard let partner, !pairedByText.contains(index) else { continue }
                let oldText = oldRows[partner].row.mainText
                let newText = newRows[index].row.mainText
                guard Typography.key(oldText) != Typography.key(newText) else { continue }
                let a = WordBag(oldText, interner: &interner)
                let b = WordBag(newText, interner: &interner)
                guard a.ids.count >= 3, b.ids.count >= 3 else { continue }
                let similarity = a.dice(b)
                if similarity < TableDiffer.reuseThreshold {
                    warnings.append(DiffWarning(
                        kind: .idReused, id: newRows[index].row.id, oldID: oldRows[partner].row.id, similarity: similarity,
                        anchor: Anchor.item(newRows[index].row.id)))
                }
            }
        }

        // MARK: - The result

        func result() -> TableDiff {
            let columns = Columns(old: old.columns, new: new.columns)
            var sections: [SectionDiff] = []
            var oldIndexes: [Int?] = []
            let keptSectionOrder = LongestIncreasingSubsequence.positions(
                new.sections.indices.compactMap { sectionNewToOld[$0] })
            var matchedPosition = 0
            for (index, section) in new.sections.enumerated() {
                let oldIndex = sectionNewToOld[index]
                var isMoved = false
                if oldIndex != nil {
                    isMoved = !keptSectionOrder.contains(matchedPosition)
                    matchedPosition += 1
                }
                sections.append(sectionDiff(newIndex: index, oldIndex: oldIndex, title: section.title, isMoved: isMoved, columns: columns))
                oldIndexes.append(oldIndex)
            }
            // A section only the old version has stands after the sections that came before it.
            for oldIndex in old.sections.indices where sectionOldToNew[oldIndex] == nil {
                let position = (oldIndexes.lastIndex { $0.map { $0 < oldIndex } ?? false }).map { $0 + 1 } ?? 0
                let removed = sectionDiff(newIndex: nil, oldIndex: oldIndex, title: old.sections[oldIndex].title, isMoved: false, columns: columns)
                sections.insert(removed, at: position)
                oldIndexes.insert(oldIndex, at: position)
            }
            return assemble(sections: sections, columns: columns)
        }

        private func sectionDiff(newIndex: Int?, oldIndex: Int?, title: String, isMoved: Bool, columns: Columns) -> SectionDiff {
            let olds = oldIndex.map { section in oldRows.indices.filter { oldRows[$0].section == section } } ?? []
            let news = newIndex.map { section in newRows.indices.filter { newRows[$0].section == section } } ?? []
            var rows: [SectionRow] = []
            var p = 0
            var q = 0
            while p < olds.count || q < news.count {
                if p < olds.count, !oldAnchors.contains(olds[p]) {
                    rows.append(oldOnly(olds[p], columns: columns))
                    p += 1
                } else if q < news.count, !newAnchors.contains(news[q]) {
                    rows.append(.row(matchedOrAdded(news[q], columns: columns)))
                    q += 1
                } else if q < news.count {
                    rows.append(.row(matchedOrAdded(news[q], columns: columns)))
                    p += 1
                    q += 1
                } else {
                    rows.append(oldOnly(olds[p], columns: columns))
                    p += 1
                }
            }
            var titleDiff: TextDiff?
            var action: DiffAction = .unchanged
            let directionID: String
            if let newIndex, let oldIndex {
                titleDiff = TextDiffer.compare(old.sections[oldIndex].title, new.sections[newIndex].title).diff
                directionID = new.sections[newIndex].directionID
                if titleDiff != nil { action = .changed }
            } else if let newIndex {
                directionID = new.sections[newIndex].directionID
                action = .added
            } else {
                directionID = old.sections[oldIndex!].directionID
                action = .removed
            }
            let anchor = newIndex.map { Anchor.section($0, direction: directionID) }
                ?? "removed-" + Anchor.section(oldIndex!, direction: directionID)
            return SectionDiff(
                directionID: directionID, title: title, titleDiff: titleDiff, action: action, isMoved: isMoved, rows: rows, anchor: anchor)
        }

        /// An old row with no place of its own in the new order: removed, or moved away.
        private func oldOnly(_ index: Int, columns: Columns) -> SectionRow {
            let row = oldRows[index].row
            guard let partner = oldToNew[index] else {
                return .row(RowDiff(
                    action: .removed, move: nil, id: row.id, oldID: nil, number: nil, oldNumber: row.number, old: row, new: nil,
                    cells: [], hidden: [], subrows: subrows(old: row.subrows, new: [], parent: row.id, columns: columns),
                    level: row.level, changeNumber: nil, anchor: Anchor.item(row.id)))
            }
            let target = newRows[partner]
            return .movedAway(MovedAway(
                id: row.id, oldNumber: row.number, newNumber: target.row.number, toDirectionID: new.sections[target.section].directionID,
                toSectionTitle: new.sections[target.section].title, text: row.mainText, anchor: Anchor.movedFrom(target.row.id), target: Anchor.item(target.row.id)))
        }

        private func matchedOrAdded(_ index: Int, columns: Columns) -> RowDiff {
            let placed = newRows[index]
            let row = placed.row
            guard let partner = newToOld[index] else {
                return RowDiff(
                    action: .added, move: nil, id: row.id, oldID: nil, number: row.number, oldNumber: nil, old: nil, new: row,
                    cells: [], hidden: [], subrows: subrows(old: [], new: row.subrows, parent: row.id, columns: columns),
                    level: row.level, changeNumber: nil, anchor: Anchor.item(row.id))
            }
            let oldPlaced = oldRows[partner]
            var diff = compare(oldPlaced.row, row, columns: columns)
            diff.oldID = pairedByText.contains(index) ? oldPlaced.row.id : nil
            if !newAnchors.contains(index) {
                diff.move = RowMove(
                    fromDirectionID: old.sections[oldPlaced.section].directionID, toDirectionID: new.sections[placed.section].directionID,
                    fromSectionTitle: old.sections[oldPlaced.section].title, oldNumber: oldPlaced.row.number,
                    fromAnchor: Anchor.movedFrom(row.id))
            }
            if diff.oldID != nil, diff.action == .unchanged { diff.action = .changed }
            return diff
        }

        /// Cell by cell; columns only one version has are shown but do not make the row changed.
        private func compare(_ oldRow: TableRow, _ newRow: TableRow, columns: Columns) -> RowDiff {
            var cells: [CellDiff] = []
            var hidden: [HiddenEdit] = []
            let place = newRow.number ?? newRow.id
            for column in columns.shown where column.role != .number && columns.isShared(column.key) {
                let oldValue = oldRow.cells[column.key]
                let newValue = newRow.cells[column.key]
                switch comparer.compare(oldValue, newValue) {
                case .same: break
                case .hidden(let kind):
                    hidden.append(HiddenEdit(
                        kind: kind, place: place, field: column.key, old: oldValue?.plainText ?? "", new: newValue?.plainText ?? "",
                        anchor: Anchor.item(newRow.id)))
                case .changed(let change):
                    cells.append(CellDiff(key: column.key, category: column.category, change: change))
                }
            }
            let subrows = subrows(old: oldRow.subrows, new: newRow.subrows, parent: newRow.id, columns: columns)
            hidden += subrows.flatMap(\.hidden)
            let changed = !cells.isEmpty || subrows.contains { $0.action != .unchanged }
            return RowDiff(
                action: changed ? .changed : .unchanged, move: nil, id: newRow.id, oldID: nil, number: newRow.number,
                oldNumber: oldRow.number, old: oldRow, new: newRow, cells: cells, hidden: hidden, subrows: subrows,
                level: newRow.level, changeNumber: nil, anchor: Anchor.item(newRow.id))
        }

        /// Sub-items have no ids: aligned by their text, then compared like rows.
        private func subrows(old: [TableRow], new: [TableRow], parent: String, columns: Columns) -> [RowDiff] {
            guard !old.isEmpty || !new.isEmpty else { return [] }
            let steps = SequenceAlignment.align(old: old.map(\.mainText), new: new.map(\.mainText), threshold: TableDiffer.subrowThreshold)
            return steps.map { step in
                switch step {
                case .same(let o, let n), .paired(let o, let n):
                    var diff = compare(old[o], new[n], columns: columns)
                    diff.anchor = Anchor.subitem(n, of: parent)
                    diff.hidden = diff.hidden.map { edit in
                        var edit = edit
                        edit.anchor = diff.anchor
                        return edit
                    }
                    return diff
                case .deleted(let o):
                    return RowDiff(
                        action: .removed, move: nil, id: old[o].id, oldID: nil, number: nil, oldNumber: old[o].number, old: old[o], new: nil,
                        cells: [], hidden: [], subrows: [], level: nil, changeNumber: nil, anchor: "removed-" + Anchor.subitem(o, of: parent))
                case .inserted(let n):
                    return RowDiff(
                        action: .added, move: nil, id: new[n].id, oldID: nil, number: new[n].number, oldNumber: nil, old: nil, new: new[n],
                        cells: [], hidden: [], subrows: [], level: nil, changeNumber: nil, anchor: Anchor.subitem(n, of: parent))
                }
            }
        }

        /// Numbers the changes in reading order and counts them.
        private func assemble(sections: [SectionDiff], columns: Columns) -> TableDiff {
            var sections = sections
            var counts = ChangeCounts()
            var hidden: [HiddenEdit] = []
            var number = 0
            for s in sections.indices {
                for r in sections[s].rows.indices {
                    guard case .row(var row) = sections[s].rows[r] else { continue }
                    hidden += row.hidden
                    guard row.isTouched else { continue }
                    number += 1
                    row.changeNumber = number
                    switch row.action {
                    case .added: counts.added += 1
                    case .removed: counts.removed += 1
                    case .changed: counts.changed += 1
                    case .unchanged: break
                    }
                    if row.move != nil { counts.moved += 1 }
                    if row.action == .changed {
                        for category in row.categories { counts.categories[category, default: 0] += 1 }
                    }
                    sections[s].rows[r] = .row(row)
                }
            }
            // A document only one version has is one added or removed document, not a change of each of its fields.
            let metadata = comparesFields ? MetadataComparison.compare(old: old.metadata, new: new.metadata) : MetadataComparison.nothing
            hidden += metadata.hidden
            for section in sections {
                if section.titleDiff != nil { counts.metadata += 1 }
                if section.isMoved { counts.metadata += 1 }
            }
            counts.metadata += metadata.changes.count + columns.changes.count
            counts.hidden = hidden.count
            var title = new.title
            if title.isEmpty { title = old.title }
            return TableDiff(
                kind: new.kind, id: new.id, entityID: new.entityID ?? old.entityID, title: title, action: .unchanged,
                metadata: metadata.changes, columns: columns.shown, addedColumns: columns.added, removedColumns: columns.removed,
                columnChanges: columns.changes, sections: sections, warnings: warnings.sorted { $0.anchor < $1.anchor }, hidden: hidden,
                counts: counts)
        }
    }
}

/// The columns of two versions: which are shared, added, removed or renamed, and the order to show them in.
struct Columns: Sendable {
    var shown: [TableColumn]
    var added: Set<String>
    var removed: Set<String>
    var changes: [ColumnChange]

    init(old: [TableColumn], new: [TableColumn]) {
        let oldKeys = Set(old.map(\.key))
        let newKeys = Set(new.map(\.key))
        added = newKeys.subtracting(oldKeys)
        removed = oldKeys.subtracting(newKeys)
        var shown = new
        var changes: [ColumnChange] = []
        for (index, column) in old.enumerated() where removed.contains(column.key) {
            let previous = old[..<index].last { key in shown.contains { $0.key == key.key } }
            let position = previous.flatMap { key in shown.firstIndex { $0.key == key.key } }.map { $0 + 1 } ?? 0
            shown.insert(column, at: position)
        }
        let oldByKey = Dictionary(old.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for column in new {
            if added.contains(column.key) {
                changes.append(ColumnChange(kind: .added, key: column.key, oldTitle: nil, newTitle: column.title))
            } else if let previous = oldByKey[column.key], TextDiffer.compare(previous.title, column.title).diff != nil {
                changes.append(ColumnChange(kind: .renamed, key: column.key, oldTitle: previous.title, newTitle: column.title))
            }
        }
        for column in old where removed.contains(column.key) {
            changes.append(ColumnChange(kind: .removed, key: column.key, oldTitle: column.title, newTitle: nil))
        }
        let sharedOld = old.map(\.key).filter { newKeys.contains($0) }
        let sharedNew = new.map(\.key).filter { oldKeys.contains($0) }
        if sharedOld != sharedNew {
            changes.append(ColumnChange(kind: .reordered, key: "", oldTitle: nil, newTitle: nil))
        }
        self.shown = shown
        self.changes = changes
    }

    func isShared(_ key: String) -> Bool { !added.contains(key) && !removed.contains(key) }
}

extension TableDocument {
    /// The same document with nothing in it: what an added document is compared against.
    var emptied: TableDocument {
        TableDocument(
            kind: kind, id: id, entityID: entityID, title: "", metadata: metadata.map { MetadataField($0.key, "") }, columns: columns,
            sections: [], period: period)
    }
}

/// HTML ids of the diff pages; rows keep the ids the site gives them (`#item-<id>`).
public enum Anchor {
    public static func item(_ id: String) -> String { "item-" + clean(id) }
    public static func subitem(_ index: Int, of id: String) -> String { "subitem-\(index + 1)-" + clean(id) }
    public static func section(_ index: Int, direction: String) -> String {
        direction.isEmpty ? "section-\(index + 1)" : "section-\(index + 1)-" + clean(direction)
    }
    public static func movedFrom(_ id: String) -> String { "moved-from-" + clean(id) }
    public static func change(_ number: Int) -> String { "change-\(number)" }
    public static func block(_ index: Int) -> String { "block-\(index + 1)" }

    /// Ids may not hold spaces.
    static func clean(_ id: String) -> String {
        String(id.map { $0.isWhitespace ? "-" : $0 })
    }
}
