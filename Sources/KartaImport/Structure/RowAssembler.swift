import KartaModel

/// Builds the logical rows of one document from its table bodies, in both row styles:
///
/// * TAB-separated rows, one per line: repeated header rows are dropped by the caller; a row with
///   an empty number (or, in tables without numbers, cells that start lower-case after a page break)
///   continues the row before it; cells shifted one column left at a page break are put back when
///   certain; lines of running text inside the table are section titles, single-cell rows or
///   fragments of the row before.
/// * One cell per line, each starting with a TAB, rows separated by blank lines that also occur
///   inside cells: cells are counted into rows of the header's width (`RowAssembler+LineCells`).
///
/// Whether a row continues the one above is `ContinuationEvidence`'s to weigh; cells printed in the
/// wrong column are put back by `ShiftRepair`.
final class RowAssembler {
    let header: TableHeader
    let file: String
    private(set) var events: [TableEvent] = []
    private(set) var diagnostics = Diagnostics()
    /// Set by a page break (blank lines, a repeated header): the next row may continue the last.
    private var pageBreak = false
    /// The index in `events` of the last row of the current section.
    private var lastRow: Int?
    /// The direction of the current section as its title matches, for tables whose first column
    /// holds data (expected results), where a row that names the same direction is not a new section.
    private var sectionDirection: String?

    /// Puts cells printed in the wrong column back.
    private let shiftRepair: ShiftRepair

    init(header: TableHeader, file: String) {
        self.header = header
        self.file = file
        shiftRepair = ShiftRepair(header: header, file: file)
    }

    var numberIndex: Int? { header.index(of: .number) }
    var textIndex: Int? { header.index(of: .text) }
    var yearIndex: Int? { header.index(of: .year) }
    var keyIndex: Int? { header.keyIndex }
    var dataIndices: [Int] { header.dataIndices }
    var hasRows: Bool { lastRow != nil }
    /// Whether any row at all was read.
    var rowCount: Int { events.reduce(0) { if case .row = $1 { $0 + 1 } else { $0 } } }

    func warn(_ code: DiagnosticCode, _ message: String, line: Int, column: Int = 1) {
        diagnostics.warning(code, message, at: SourceLocation(file: file, line: line, column: column))
    }

    // MARK: - Structure

    func markPageBreak() { pageBreak = true }

    func startSection(_ title: String, line: Int, column: Int) {
        events.append(.section(title: title, line: line, column: column))
        lastRow = nil
        pageBreak = false
        if let direction = DirectionMatcher.match(title) { sectionDirection = direction }
    }

    private func emit(_ row: Row) {
        events.append(.row(row))
        lastRow = events.count - 1
        pageBreak = false
    }

    private func withLastRow(_ change: (inout Row) -> Void) {
        guard let index = lastRow, case .row(var row) = events[index] else { return }
        change(&row)
        events[index] = .row(row)
    }

    private var previousRow: Row? {
        guard let index = lastRow, case .row(let row) = events[index] else { return nil }
        return row
    }

    // MARK: - TAB-separated rows

    func addTabbedBody(_ lines: ArraySlice<SourceLine>) {
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            if line.isBlank {
                pageBreak = true
                index += 1
            } else if line.hasTabs {
                addTabbedRow(line)
                index += 1
            } else {
                // Running text up to the next row: paragraphs separated by blank lines.
                var end = index
                while end < lines.endIndex, !lines[end].hasTabs { end += 1 }
                addParagraphs(Paragraph.split(lines[index..<end]))
                if lines[index..<end].contains(where: \.isBlank) { pageBreak = true }
                index = end
            }
        }
    }

    func addTabbedRow(_ line: SourceLine) {
        let raw = line.cells.map { (text: TextTools.removeBookmarks($0.text).trimmingCharacters(in: .whitespaces), column: $0.column) }
        let texts = raw.map(\.text)
        if texts.allSatisfy({ TextTools.plain($0).allSatisfy(\.isWhitespace) }) { return }
        if Self.isArtefactRow(texts) { return }
        if raw.count <= header.count, handledSingleCell(raw, line: line.number) { return }
        var cells = shiftRepair.normalized(raw, line: line.number, diagnostics: &diagnostics)
        let short = raw.count < header.count
        place(&cells, line: line.number, short: short)
    }

    /// A row with one filled cell: a section title (in the first column, or in the number column
    /// when that holds no number), or a row with only a number, which is left out. Returns whether
    /// the row was handled so.
    func handledSingleCell(_ cells: [(text: String, column: Int)], line: Int) -> Bool {
        let filled = cells.indices.filter { !TextTools.plain(cells[$0].text).allSatisfy(\.isWhitespace) }
        guard filled.count == 1, let index = filled.first else { return false }
        let text = cells[index].text
        if index == numberIndex, TextTools.isRowNumber(TextTools.oneLine(TextTools.plain(text))) {
            warn(.importEmptyRow, "row \(TextTools.oneLine(text)) has a number but no other cell; it is left out", line: line, column: cells[index].column)
            events.append(.numberOnly(number: TextTools.oneLine(text), line: line, column: cells[index].column))
            return true
        }
        guard index == 0 || index == numberIndex, isSectionTitle(text, column: index) else { return false }
        startSection(Self.sectionTitle(text), line: line, column: cells[index].column)
        return true
    }

    /// Rows that are only `---`, `--`, `|` left over from a conversion.
    static func isArtefactRow(_ texts: [String]) -> Bool {
        let filled = texts.filter { !$0.isEmpty }
        guard !filled.isEmpty, filled.allSatisfy({ $0.allSatisfy { "-|:– ".contains($0) } }) else { return false }
        return filled.contains { $0.count >= 2 || $0.contains("|") }
    }

    /// Decides whether a row of cells starts a new row or continues the last one, and records it.
    func place(_ cells: inout [(text: String, column: Int)], line: Int, short: Bool) {
        guard let previous = previousRow else {
            newRow(cells, line: line)
            return
        }
        if let key = keyIndex, !cells[key].text.isEmpty {
            newRow(cells, line: line)
            return
        }
        let verdict = ContinuationEvidence(cells, previous: previous, header: header, afterPageBreak: pageBreak)
        if verdict.continues {
            if short { shiftRepair.repair(&cells, previous: previous, line: line, diagnostics: &diagnostics) }
            if verdict.mixed {
                warn(.importContinuation, "this row was joined to the row above (line \(previous.line)) as its continuation after a page break, but some of its cells start like new text; check it", line: line, column: cells.first { !$0.text.isEmpty }?.column ?? 1)
            }
            continueRow(cells, line: line)
        } else {
            if numberIndex != nil {
                warn(.importUnnumbered, "row without a number; kept as an activity of its own (it does not read as the continuation of the row above)", line: line, column: cells.first { !$0.text.isEmpty }?.column ?? 1)
            } else if verdict.mixed {
                warn(.importContinuation, "this row was kept as a new row, but some of its cells read like the continuation of the row above (line \(previous.line)); check it", line: line, column: cells.first { !$0.text.isEmpty }?.column ?? 1)
            }
            newRow(cells, line: line)
        }
    }

    private func newRow(_ cells: [(text: String, column: Int)], line: Int) {
        var row = Row(cells: Array(repeating: Cell(), count: header.count), line: line, column: cells.first { !$0.text.isEmpty }?.column ?? 1)
        for (index, cell) in cells.enumerated() where !cell.text.isEmpty {
            row.cells[index].append(cell.text, line: line, column: cell.column, strict: !header.roles[index].isMarkdown)
        }
        emit(row)
    }

    private func continueRow(_ cells: [(text: String, column: Int)], line: Int) {
        if let previous = previousRow {
            shiftRepair.checkBrackets(cells, previous: previous, line: line, diagnostics: &diagnostics)
        }
        withLastRow { row in
            for (index, cell) in cells.enumerated() where !cell.text.isEmpty {
                row.cells[index].append(cell.text, line: line, column: cell.column, strict: !self.header.roles[index].isMarkdown)
            }
        }
        pageBreak = false
    }

    // MARK: - Running text inside a TAB-separated table

    /// Handles paragraphs of running text printed between rows (only blank lines between them):
    /// fragments of the row above (a run of them is matched to columns together), section titles,
    /// or rows of their own.
    func addParagraphs(_ paragraphs: [Paragraph]) {
        var rest = paragraphs.filter { !$0.isArtefact }[...]
        while let paragraph = rest.popFirst() {
            if let start = paragraph.start, hasRows, isFragmentStart(start) {
                var groups = [paragraph]
                while let next = rest.first, let start = next.start, start != .upper {
                    groups.append(next)
                    rest = rest.dropFirst()
                }
                distribute(groups)
            } else {
                addParagraph(paragraph)
            }
        }
    }

    private func addParagraph(_ paragraph: Paragraph) {
        let title = paragraph.title
        let line = paragraph.firstLine
        if isSectionTitle(paragraph.text, column: numberIndex ?? yearIndex ?? 0) {
            startSection(title, line: line.number, column: line.firstColumn)
            return
        }
        switch header.kind {
        case .expectedResults:
            var cells = Array(repeating: (text: "", column: line.firstColumn), count: header.count)
            cells[0].text = TextTools.oneLine(paragraph.text)
            place(&cells, line: line.number, short: false)
        case .roadmap:
            if let (number, text) = TextTools.splitNumberPrefix(TextTools.oneLine(paragraph.text)), let numberIndex, let textIndex {
                var cells = Array(repeating: (text: "", column: line.firstColumn), count: header.count)
                cells[numberIndex].text = number
                cells[textIndex].text = text
                place(&cells, line: line.number, short: false)
            } else if hasRows {
                warn(.importFragment, "a line of text inside the table; it was added to the activity of the row above", line: line.number, column: line.firstColumn)
                distribute([paragraph], forceColumn: textIndex)
            } else {
                startSection(title, line: line.number, column: line.firstColumn)
            }
        case .plan:
            startSection(title, line: line.number, column: line.firstColumn)
        }
    }

    private func isFragmentStart(_ start: TextStart) -> Bool {
        switch start {
        case .lower, .listItem: true
        case .neutral: previousRow.map { row in dataIndices.contains { TextEnd(row.cells[$0].plain) == .unfinished } } ?? false
        case .upper: false
        }
    }

    /// Fragments of the last row printed after a page break as lines of their own: one per column
    /// when their number matches the columns (or the unfinished cells); otherwise all to the one
    /// unfinished cell, or the activity, with a warning.
    func distribute(_ groups: [Paragraph], forceColumn: Int? = nil) {
        guard let previous = previousRow else { return }
        let texts = groups.map { TextTools.oneLine($0.text) }
        let unfinished = dataIndices.filter { TextEnd(previous.cells[$0].plain) == .unfinished }
        var targets: [Int]
        if let forceColumn {
            targets = Array(repeating: forceColumn, count: texts.count)
        } else if texts.count == dataIndices.count {
            targets = dataIndices
        } else if texts.count == unfinished.count {
            targets = unfinished
        } else {
            let column = unfinished.count == 1 ? unfinished[0] : (textIndex ?? dataIndices.last ?? 0)
            targets = Array(repeating: column, count: texts.count)
            warn(.importFragment, "\(texts.count == 1 ? "a line" : "\(texts.count) lines") of text after a page break could not be matched to columns; added to «\(header.titles[column])» of the row above (line \(previous.line))", line: groups[0].firstLine.number, column: groups[0].firstLine.firstColumn)
        }
        withLastRow { row in
            for (offset, text) in texts.enumerated() {
                let line = groups[offset].firstLine
                row.cells[targets[offset]].append(text, line: line.number, column: line.firstColumn, strict: !self.header.roles[targets[offset]].isMarkdown)
            }
        }
        pageBreak = false
    }

    // MARK: - Sections

    /// Whether a single filled cell (or a line of text) inside the table is a section title.
    func isSectionTitle(_ raw: String, column: Int = 0) -> Bool {
        let text = TextTools.oneLine(TextTools.plain(raw))
        guard !text.isEmpty else { return false }
        if Self.isBold(raw) { return true }
        switch header.kind {
        case .roadmap:
            // Text in the number column that is not a number; elsewhere only a direction's title.
            if numberIndex == column {
                return !TextTools.isRowNumber(text) && TextStart(text) != .lower && TextTools.splitNumberPrefix(text) == nil
            }
            return DirectionMatcher.match(text) != nil
        case .plan:
            if yearIndex == column { return !TextTools.isYear(text) && TextStart(text) != .lower }
            return DirectionMatcher.match(text) != nil
        case .expectedResults:
            // The first column holds results too: only a title naming another direction opens a section.
            guard let direction = DirectionMatcher.match(text) else { return false }
            return direction != sectionDirection
        }
    }

    static func isBold(_ raw: String) -> Bool {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        return (lower.hasPrefix("<b>") && lower.hasSuffix("</b>")) || (lower.hasPrefix("<strong>") && lower.hasSuffix("</strong>"))
            || (trimmed.hasPrefix("**") && trimmed.hasSuffix("**") && trimmed.count > 4)
    }

    static func sectionTitle(_ raw: String) -> String {
        TextTools.oneLine(TextTools.plain(raw))
    }
}
