import KartaModel
import KartaMarkdown

/// Diffs two versions of a Markdown document in two levels, as wikidiff2 does: blocks are aligned
/// first (headings, paragraphs, list items, table rows keyed by their first cell), then words
/// inside each changed block; a block deleted in one place and inserted in another is moved.
struct ProseDiffer: Sendable {
    /// Blocks replaced within one run are one edited block from this similarity (wikidiff2: 0.4).
    static let pairingThreshold = 0.4
    /// A block found elsewhere is moved when this similar (and long enough to be told apart).
    static let moveThreshold = 0.5
    static let moveMinimumWords = 4

    func diff(old: ProseDocument?, new: ProseDocument?) -> ProseDiff {
        let base = (new ?? old)!
        let oldBlocks = old?.blocks ?? []
        let newBlocks = new?.blocks ?? []
        let steps = SequenceAlignment.align(
            old: oldBlocks.map(Self.alignmentText), new: newBlocks.map(Self.alignmentText), threshold: Self.pairingThreshold,
            oldKeys: oldBlocks.map(Self.rowKey), newKeys: newBlocks.map(Self.rowKey))
        let moves = Self.moves(steps, oldBlocks, newBlocks)
        var rows: [ProseRow] = []
        var hidden: [HiddenEdit] = []
        for step in steps {
            switch step {
            case .same(let o, let n):
                var block = compare(oldBlocks[o], newBlocks[n], index: n)
                if block.action == .unchanged, oldBlocks[o].text != newBlocks[n].text {
                    hidden.append(HiddenEdit(
                        kind: .typography, place: Self.place(newBlocks[n]), field: "text", old: oldBlocks[o].text, new: newBlocks[n].text,
                        anchor: block.anchor))
                }
                block.action = block.action == .unchanged ? .unchanged : .changed
                rows.append(.block(block))
            case .paired(let o, let n):
                rows.append(.block(compare(oldBlocks[o], newBlocks[n], index: n)))
            case .deleted(let o):
                if let target = moves.oldToNew[o] {
                    rows.append(.movedAway(MovedBlock(block: oldBlocks[o], anchor: "moved-from-" + Anchor.block(target), target: Anchor.block(target))))
                } else {
                    rows.append(.block(BlockDiff(
                        action: .removed, movedFrom: nil, old: oldBlocks[o], new: nil, text: nil, cells: [], isFormattingOnly: false,
                        anchor: "removed-" + Anchor.block(o), changeNumber: nil)))
                }
            case .inserted(let n):
                if let source = moves.newToOld[n] {
                    var block = compare(oldBlocks[source], newBlocks[n], index: n)
                    block.movedFrom = "moved-from-" + Anchor.block(n)
                    rows.append(.block(block))
                } else {
                    rows.append(.block(BlockDiff(
                        action: .added, movedFrom: nil, old: nil, new: newBlocks[n], text: nil, cells: [], isFormattingOnly: false,
                        anchor: Anchor.block(n), changeNumber: nil)))
                }
            }
        }
        var counts = ChangeCounts()
        // The execution comes first, as its records stand at the top of the file; a report added or
        // removed is one document, not a change of each activity it records.
        var execution: (changes: [ExecutionChange], hidden: [HiddenEdit]) = ([], [])
        if let old, let new {
            execution = ExecutionComparison.compare(
                old: old.execution, new: new.execution, oldRoadmaps: old.roadmapExecution, newRoadmaps: new.roadmapExecution)
        }
        hidden += execution.hidden
        for index in execution.changes.indices { execution.changes[index].changeNumber = index + 1 }
        var number = execution.changes.count
        for index in rows.indices {
            guard case .block(var block) = rows[index], block.action != .unchanged || block.movedFrom != nil else { continue }
            number += 1
            block.changeNumber = number
            switch block.action {
            case .added: counts.added += 1
            case .removed: counts.removed += 1
            case .changed: counts.changed += 1
            case .unchanged: break
            }
            if block.movedFrom != nil { counts.moved += 1 }
            rows[index] = .block(block)
        }
        if counts.changed > 0 { counts.categories[.wording] = counts.changed }
        // Counted as changes, but apart in the summary: they are activities, not paragraphs.
        counts.execution = execution.changes.count
        counts.changed += counts.execution
        // A document only one version has is one added or removed document, not a change of each of its fields.
        var metadata = MetadataComparison.nothing
        if let old, let new { metadata = MetadataComparison.compare(old: old.metadata, new: new.metadata) }
        hidden += metadata.hidden
        counts.metadata = metadata.changes.count
        counts.hidden = hidden.count
        let action: DiffAction = old == nil ? .added : new == nil ? .removed : (counts.hasChanges ? .changed : .unchanged)
        return ProseDiff(
            kind: base.kind, id: base.id, entityID: base.entityID, title: base.title, action: action, metadata: metadata.changes,
            rows: rows, execution: execution.changes, hidden: hidden, counts: counts)
    }

    /// Two blocks in one place: the same, the same words with other formatting, or edited.
    private func compare(_ old: MarkdownBlock, _ new: MarkdownBlock, index: Int) -> BlockDiff {
        let anchor = Anchor.block(index)
        var block = BlockDiff(
            action: .unchanged, movedFrom: nil, old: old, new: new, text: nil, cells: [], isFormattingOnly: false, anchor: anchor, changeNumber: nil)
        if case .tableRow = new.kind, case .tableRow = old.kind {
            block.cells = new.cells.indices.map { TextDiffer.compare($0 < old.cells.count ? old.cells[$0] : "", new.cells[$0]) }
            let dropped = old.cells.count > new.cells.count
            if dropped || block.cells.contains(where: { $0.diff != nil }) { block.action = .changed }
            return block
        }
        let comparison = TextDiffer.compare(old.text, new.text)
        if let diff = comparison.diff {
            block.text = diff
            block.action = .changed
        } else if old.links != new.links || Self.kindTag(old) != Self.kindTag(new) || (comparison == .same && old.html != new.html) {
            block.isFormattingOnly = true
            block.action = .changed
        }
        return block
    }

    /// What blocks are aligned by: the kind (as punctuation, so it adds no words) and the text.
    static func alignmentText(_ block: MarkdownBlock) -> String {
        kindTag(block) + " " + block.text
    }

    static func kindTag(_ block: MarkdownBlock) -> String {
        let quote = String(repeating: ">", count: block.quoteDepth)
        switch block.kind {
        case .heading(let level): return quote + String(repeating: "#", count: level)
        case .paragraph: return quote + "¶"
        case .listItem(let marker, let depth): return quote + String(repeating: "›", count: depth) + (marker == "–" ? "•" : "#.")
        case .code: return quote + "```"
        case .html: return quote + "<>"
        case .rule: return quote + "***"
        case .tableRow(let isHeader): return quote + (isHeader ? "||" : "|")
        }
    }

    /// Table rows are keyed by their first cell (an indicator code such as «1.1.1»).
    static func rowKey(_ block: MarkdownBlock) -> String? {
        guard case .tableRow(let isHeader) = block.kind, !isHeader, let first = block.cells.first, !first.isEmpty else { return nil }
        return Typography.key(first)
    }

    /// How a reviewer finds a block: the start of its text.
    static func place(_ block: MarkdownBlock) -> String {
        let words = block.text.split(separator: " ").prefix(6).joined(separator: " ")
        return words.count < block.text.count ? words + " …" : words
    }

    /// Deleted and inserted blocks that are the same block moved: equal first, then similar.
    static func moves(_ steps: [SequenceAlignment.Step], _ old: [MarkdownBlock], _ new: [MarkdownBlock]) -> (oldToNew: [Int: Int], newToOld: [Int: Int]) {
        let deleted = steps.compactMap { if case .deleted(let o) = $0 { o } else { nil } }
        let inserted = steps.compactMap { if case .inserted(let n) = $0 { n } else { nil } }
        var oldToNew: [Int: Int] = [:]
        var newToOld: [Int: Int] = [:]
        var byKey: [String: [Int]] = [:]
        for o in deleted { byKey[Typography.key(alignmentText(old[o])), default: []].append(o) }
        for n in inserted {
            let key = Typography.key(alignmentText(new[n]))
            guard var candidates = byKey[key], !candidates.isEmpty, !new[n].text.isEmpty else { continue }
            let o = candidates.removeFirst()
            byKey[key] = candidates
            oldToNew[o] = n
            newToOld[n] = o
        }
        var interner = Interner()
        let leftOld = deleted.filter { oldToNew[$0] == nil }
        let leftNew = inserted.filter { newToOld[$0] == nil }
        let oldBags = leftOld.map { WordBag(old[$0].text, interner: &interner) }
        let newBags = leftNew.map { WordBag(new[$0].text, interner: &interner) }
        let pairs = SimilarityPairing.pairs(old: oldBags, new: newBags, threshold: moveThreshold, limit: 200)
        for pair in pairs where oldBags[pair.old].ids.count >= moveMinimumWords && newBags[pair.new].ids.count >= moveMinimumWords {
            oldToNew[leftOld[pair.old]] = leftNew[pair.new]
            newToOld[leftNew[pair.new]] = leftOld[pair.old]
        }
        return (oldToNew, newToOld)
    }
}

/// Fields around a document (title, approval, front matter) compared as text, in the new order.
enum MetadataComparison {
    /// What a document only one version has gives: no field changes, nothing hidden.
    static let nothing: (changes: [MetadataChange], hidden: [HiddenEdit]) = ([], [])

    static func compare(old: [MetadataField], new: [MetadataField]) -> (changes: [MetadataChange], hidden: [HiddenEdit]) {
        var changes: [MetadataChange] = []
        var hidden: [HiddenEdit] = []
        let oldValues = Dictionary(old.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(new.map(\.key))
        let fields = new + old.filter { !newKeys.contains($0.key) }.map { MetadataField($0.key, "") }
        for field in fields {
            let previous = oldValues[field.key] ?? ""
            switch TextDiffer.compare(previous, field.value) {
            case .same: break
            case .typographic:
                hidden.append(HiddenEdit(kind: .typography, place: "", field: field.key, old: previous, new: field.value, anchor: "metadata"))
            case .changed(let diff):
                changes.append(MetadataChange(key: field.key, old: previous, new: field.value, diff: diff))
            }
        }
        return (changes, hidden)
    }
}
