/// Numbered rows of a roadmap that are section headings, not activities: «1. Мероприятия по …» with
/// the deadline and responsible cells empty, followed by rows numbered under it («1.1.») or naming a
/// direction. Legal databases and hand-made tables print sections this way.
enum HeadingRows {
    struct Heading {
        var title: String
        var number: [Int]
        var line: Int
        var column: Int
    }

    /// The events with such rows turned into sections, and the rows turned.
    static func promote(_ events: [TableEvent], header: TableHeader) -> (events: [TableEvent], headings: [Heading]) {
        guard header.kind == .roadmap, let numberIndex = header.index(of: .number), let textIndex = header.index(of: .text),
              let deadlineIndex = header.index(of: .deadline), let responsibleIndex = header.index(of: .responsible) else { return (events, []) }
        var result: [TableEvent] = []
        var headings: [Heading] = []
        for (position, event) in events.enumerated() {
            guard case .row(let row) = event, row.cells[deadlineIndex].isEmpty, row.cells[responsibleIndex].isEmpty,
                  let number = TextTools.numberParts(TextTools.oneLine(row.cells[numberIndex].plain)), !number.isEmpty else {
                result.append(event)
                continue
            }
            let title = TextTools.oneLine(row.cells[textIndex].plain)
            let next = events[(position + 1)...].lazy.compactMap { event -> Row? in if case .row(let row) = event { row } else { nil } }.first
            let nextNumber = next.flatMap { TextTools.numberParts(TextTools.oneLine($0.cells[numberIndex].plain)) }
            let numberedUnder = nextNumber.map { $0.count > number.count && Array($0.prefix(number.count)) == number } ?? false
            guard !title.isEmpty, next != nil, numberedUnder || DirectionMatcher.match(title) != nil, TextEnd(title) != .unfinished else {
                result.append(event)
                continue
            }
            let at = row.cells[textIndex].pieces.first.map { ($0.line, $0.column) } ?? (row.line, row.column)
            result.append(.section(title: title, line: at.0, column: at.1))
            headings.append(Heading(title: title, number: number, line: at.0, column: at.1))
        }
        return (result, headings)
    }
}
