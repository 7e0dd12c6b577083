/// Whether a row printed without a number (or year) continues the row above it, as a row cut by a
/// page break does, or starts a row of its own.
///
/// A page break before it, cells that start lower-case or continue an unfinished sentence count
/// for; cells that start a new sentence after finished text count against. An empty activity cell
/// means the row cannot stand alone.
struct ContinuationEvidence {
    /// The row continues the one above.
    var continues: Bool
    /// Some cells read as a continuation and others as new text: the verdict is worth a warning.
    var mixed: Bool

    /// Weighs the filled data cells of `cells` against the same cells of `previous`.
    init(_ cells: [(text: String, column: Int)], previous: Row, header: TableHeader, afterPageBreak: Bool) {
        // A row without an activity cannot stand on its own: certainly a continuation.
        if header.kind == .roadmap, let text = header.index(of: .text), cells[text].text.isEmpty {
            self.init(continues: true, mixed: false)
            return
        }
        var score = afterPageBreak ? 1 : 0
        var positive = 0
        var negative = 0
        for index in header.dataIndices where !cells[index].text.isEmpty {
            guard let start = TextStart(cells[index].text) else { continue }
            // Text filling a cell that was empty above, and the «-» of a plan (nothing at this
            // level), say nothing either way.
            guard !previous.cells[index].isEmpty, let end = TextEnd(previous.cells[index].plain),
                  !Self.isDash(cells[index].text), !Self.isDash(previous.cells[index].plain) else { continue }
            switch start {
            case .lower, .listItem:
                score += end == .unfinished ? 2 : 1
                positive += 1
            case .upper:
                if end != .unfinished { score -= 1; negative += 1 }
            case .neutral:
                if end == .unfinished { score += 1; positive += 1 } else if end == .finished { score -= 1; negative += 1 }
            }
        }
        self.init(continues: score > 0, mixed: positive > 0 && negative > 0)
    }

    init(continues: Bool, mixed: Bool) {
        self.continues = continues
        self.mixed = mixed
    }

    static func isDash(_ text: String) -> Bool {
        ["-", "–", "—"].contains(TextTools.oneLine(TextTools.plain(text)))
    }
}
