/// The last row of an export that stops mid-row (a copy from a legal database cut short): only its
/// number and the start of its activity, every other cell empty although the rows above fill them,
/// the text not finished. It is kept, but the user is told to check the end of the document.
enum CutOffRow {
    /// The place and text of such a row, if the table ends with one.
    static func find(in events: [TableEvent], header: TableHeader) -> (line: Int, column: Int, text: String)? {
        guard header.kind == .roadmap, let textIndex = header.index(of: .text), case .row(let last)? = events.last else { return nil }
        let others = header.roles.indices.filter { $0 != textIndex && header.roles[$0] != .number }
        guard !others.isEmpty, others.allSatisfy({ last.cells[$0].isEmpty }), !last.cells[textIndex].isEmpty else { return nil }
        let rowsAbove = events.dropLast().compactMap { event -> Row? in if case .row(let row) = event { row } else { nil } }
        guard rowsAbove.contains(where: { row in others.contains { !row.cells[$0].isEmpty } }) else { return nil }
        let text = TextTools.oneLine(last.cells[textIndex].plain)
        guard TextEnd(text) != .finished else { return nil }
        let at = last.cells[textIndex].pieces.last.map { ($0.line, $0.column) } ?? (last.line, last.column)
        return (at.0, at.1, text)
    }
}
