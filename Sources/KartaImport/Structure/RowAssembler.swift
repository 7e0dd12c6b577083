import KartaModel

/// A part of a cell as printed at one place in the export. A cell continued after a page break
/// holds several pieces.
struct Piece {
    var raw: String
    var line: Int
    var column: Int
    /// Joins the text before it mid-sentence (one space, same paragraph) rather than as a new
    /// paragraph or line.
    var merge: Bool
}

struct Cell {
    var pieces: [Piece] = []

    var isEmpty: Bool { pieces.allSatisfy { TextTools.plain($0.raw).allSatisfy(\.isWhitespace) } }
    /// Plain text of all pieces, for evidence (how the cell ends).
    var plain: String { pieces.map { TextTools.plain($0.raw) }.joined(separator: " ") }

    /// Adds text printed further down (after a page break). `strict` is for lists of short values
    /// (deadlines, parties): there «МОУО» followed by «ИМЦ» is two values, not one sentence.
    mutating func append(_ raw: String, line: Int, column: Int, strict: Bool = false) {
        let merge = pieces.isEmpty || isEmpty ? false : Self.joinsMidSentence(previous: plain, next: raw, strict: strict)
        if isEmpty { pieces = [] }
        pieces.append(Piece(raw: raw, line: line, column: column, merge: merge))
    }

    /// Whether `next` continues the sentence `previous` stopped in.
    static func joinsMidSentence(previous: String, next: String, strict: Bool = false) -> Bool {
        if let first = CellHTML.blocks(next).first, first.kind == .item { return false }
        guard let start = TextStart(next) else { return false }
        let end = TextEnd(previous)
        switch start {
        case .lower: return true
        case .listItem: return false
        case .neutral:
            // In a list of values a quoted name still belongs to the word before it: «МКУ» + «ИМЦ …».
            let quoted = TextTools.plain(next).trimmingCharacters(in: .whitespaces).first.map { "«\"„(".contains($0) } ?? false
            return end == .unfinished || (end == .open && (!strict || quoted))
        case .upper: return end == .unfinished
        }
    }
}

/// A logical row of a table: one cell per column, gathered across page breaks.
struct Row {
    var cells: [Cell]
    var line: Int
    var column: Int
}

enum TableEvent {
    case section(title: String, line: Int, column: Int)
    case row(Row)
    /// A row with only a number: left out, but its number still counts for the numbering check.
    case numberOnly(number: String, line: Int, column: Int)
}

/// Builds the logical rows of one document from its table bodies, in both row styles:
///
/// * TAB-separated rows, one per line: repeated header rows are dropped by the caller; a row with
///   an empty number (or, in tables without numbers, cells that start lower-case after a page break)
///   continues the row before it; cells shifted one column left at a page break are put back when
///   certain; lines of running text inside the table are section titles, single-cell rows or
///   fragments of the row before.
/// * One cell per line, each starting with a TAB, rows separated by blank lines that also occur
///   inside cells: cells are counted into rows of the header's width.
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

    init(header: TableHeader, file: String) {
        self.header = header
        self.file = file
    }

    var numberIndex: Int? { header.index(of: .number) }
    var textIndex: Int? { header.index(of: .text) }
    var yearIndex: Int? { header.index(of: .year) }
    /// The column that tells a new row from a continued one, when there is one.
    var keyIndex: Int? { numberIndex ?? yearIndex }
    var dataIndices: [Int] { header.roles.indices.filter { $0 != keyIndex } }
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
        var cells = normalized(raw, line: line.number)
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

    /// The cells of a row, as many as the header has columns, with shifts at page breaks repaired:
    /// text printed in the number column moves right (`5. Мероприятия…` is split into number and
    /// text); missing cells at the end are empty; surplus non-empty cells join the last column.
    func normalized(_ raw: [(text: String, column: Int)], line: Int) -> [(text: String, column: Int)] {
        var cells = raw
        let width = header.count
        if cells.count > width {
            let extra = cells[width...].filter { !$0.text.isEmpty }
            cells = Array(cells[..<width])
            if !extra.isEmpty {
                cells[width - 1].text = ([cells[width - 1].text] + extra.map(\.text)).filter { !$0.isEmpty }.joined(separator: " ")
                warn(.importExtraCells, "the row has more cells than the header (\(raw.count) for \(width)); the extra text was added to «\(header.titles[width - 1])»", line: line, column: extra[0].column)
            }
        }
        if cells.count < width, numberIndex == 0, !cells[0].text.isEmpty,
           !TextTools.isRowNumber(TextTools.oneLine(TextTools.plain(cells[0].text))) {
            if let (number, rest) = TextTools.splitNumberPrefix(TextTools.oneLine(cells[0].text)) {
                let column = cells[0].column
                cells[0] = (number, column)
                cells.insert((rest, column + number.unicodeScalars.count + 1), at: 1)
            } else {
                cells.insert(("", cells[0].column), at: 0)
            }
        }
        while cells.count < width { cells.append(("", (cells.last?.column ?? 1))) }
        return cells
    }

    /// Decides whether a row of cells starts a new row or continues the last one, and records it.
    private func place(_ cells: inout [(text: String, column: Int)], line: Int, short: Bool) {
        guard let previous = previousRow else {
            newRow(cells, line: line)
            return
        }
        if let key = keyIndex, !cells[key].text.isEmpty {
            newRow(cells, line: line)
            return
        }
        let verdict = continuationEvidence(cells, previous: previous)
        if verdict.continues {
            if short { repairShift(&cells, previous: previous, line: line) }
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
            for (index, cell) in cells.enumerated() where !cell.text.isEmpty {
                let above = previous.cells[index].plain
                if TextTools.closesUnopenedBracket(TextTools.plain(cell.text)), !TextTools.unclosedBracket(above) {
                    warn(.importShift, "this continuation closes a «» or () that is not open in «\(header.titles[index])» above; it may belong to another column (it was added to «\(header.titles[index])»)", line: line, column: cell.column)
                }
            }
        }
        withLastRow { row in
            for (index, cell) in cells.enumerated() where !cell.text.isEmpty {
                row.cells[index].append(cell.text, line: line, column: cell.column, strict: !self.header.roles[index].isMarkdown)
            }
        }
        pageBreak = false
    }

    /// Evidence that a row continues the previous one: a page break before it, cells that start
    /// lower-case or continue an unfinished sentence count for; cells that start a new sentence
    /// after finished text count against. An empty activity cell means the row cannot stand alone.
    func continuationEvidence(_ cells: [(text: String, column: Int)], previous: Row) -> (continues: Bool, mixed: Bool) {
        var score = pageBreak ? 1 : 0
        var positive = 0
        var negative = 0
        // A row without an activity cannot stand on its own: certainly a continuation.
        if header.kind == .roadmap, let text = textIndex, cells[text].text.isEmpty { return (true, false) }
        for index in dataIndices where !cells[index].text.isEmpty {
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
        return (score > 0, positive > 0 && negative > 0)
    }

    static func isDash(_ text: String) -> Bool {
        ["-", "–", "—"].contains(TextTools.oneLine(TextTools.plain(text)))
    }

    /// A continuation row printed with fewer cells than the header may have a cell one column too
    /// far left: it moves right when the text it belongs to is certain (the cell to the right was left
    /// with an open bracket that this text closes); otherwise a warning names it.
    func repairShift(_ cells: inout [(text: String, column: Int)], previous: Row, line: Int) {
        for index in dataIndices where index + 1 < cells.count && !cells[index].text.isEmpty && cells[index + 1].text.isEmpty {
            guard dataIndices.contains(index + 1) else { continue }
            let own = previous.cells[index].plain
            let right = previous.cells[index + 1].plain
            let text = TextTools.plain(cells[index].text)
            if TextTools.unclosedBracket(right), TextTools.closesUnopenedBracket(text), !TextTools.unclosedBracket(own) {
                cells[index + 1].text = cells[index].text
                cells[index].text = ""
            } else if TextEnd(right) == .unfinished, TextEnd(own) != .unfinished, TextStart(text) != .upper {
                warn(.importShift, "this text may belong one column to the right («\(header.titles[index + 1])», which ends unfinished above) rather than in «\(header.titles[index])»; it was left where it is", line: line, column: cells[index].column)
            }
        }
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

    // MARK: - One cell per line

    struct LineCell {
        var text: String
        var line: Int
        var column: Int
        /// A blank line (or the start of the body) comes before it.
        var blockStart: Bool
    }

    /// Cells and, after a blank line, paragraphs of running text, in the order printed.
    enum LineItem {
        case cell(LineCell)
        case text(Paragraph)
    }

    func addCellBody(_ lines: ArraySlice<SourceLine>) {
        var items: [LineItem] = []
        var blank = true
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            if line.isBlank {
                blank = true
                index += 1
                continue
            }
            if line.hasTabs {
                var first = true
                for (offset, part) in line.cells.enumerated() where offset > 0 || !part.text.isEmpty {
                    // `⇥---`: a conversion artefact, not a cell.
                    if Self.isArtefactRow([part.text.trimmingCharacters(in: .whitespaces)]) { continue }
                    items.append(.cell(LineCell(text: TextTools.removeBookmarks(part.text), line: line.number, column: part.column, blockStart: blank && first)))
                    first = false
                }
            } else if Paragraph.isArtefact(line.text) {
                // `---|---`, `| |`: conversion artefacts.
            } else if !blank, case .cell(var cell)? = items.last {
                // A line without a TAB right under a cell continues it.
                cell.text += "\n" + TextTools.removeBookmarks(line.text)
                items[items.count - 1] = .cell(cell)
            } else {
                var end = index
                while end < lines.endIndex, !lines[end].isBlank, !lines[end].hasTabs { end += 1 }
                items.append(.text(Paragraph(lines: Array(lines[index..<end]))))
                index = end
                blank = false
                continue
            }
            blank = false
            index += 1
        }
        var pending: [LineCell] = []
        var run: [Paragraph] = []
        for (position, item) in items.enumerated() {
            switch item {
            case .text(let paragraph):
                if pending.isEmpty {
                    // Between rows: fragments of the row above, a section title, or a row of its own.
                    run.append(paragraph)
                    if position + 1 == items.count || { if case .cell = items[position + 1] { true } else { false } }() {
                        addParagraphs(run)
                        run = []
                    }
                } else {
                    // Inside a row: a paragraph of the current cell.
                    pending[pending.count - 1].text += "\n\n" + paragraph.text
                }
                continue
            case .cell(let cell):
                let text = TextTools.trimLines(cell.text)
                let blockEnd: Bool = {
                    guard position + 1 < items.count, case .cell(let next) = items[position + 1] else { return true }
                    return next.blockStart
                }()
                if pending.isEmpty, cell.blockStart {
                    if blockEnd, !text.isEmpty, !TextTools.isRowNumber(text), isSectionTitle(text, column: numberIndex ?? yearIndex ?? 0) {
                        startSection(Self.sectionTitle(text), line: cell.line, column: cell.column)
                        continue
                    }
                }
                if !pending.isEmpty, cell.blockStart, numberIndex == 0, TextTools.isRowNumber(text), pending.count < header.count {
                    warn(.importShortRow, "this row has \(pending.count) of \(header.count) cells; the missing ones are left empty", line: pending[0].line, column: pending[0].column)
                    emitLineCells(pending)
                    pending = []
                }
                pending.append(cell)
                if pending.count == header.count {
                    emitLineCells(pending)
                    pending = []
                }
            }
        }
        if !pending.isEmpty {
            warn(.importShortRow, "this row has \(pending.count) of \(header.count) cells; the missing ones are left empty", line: pending[0].line, column: pending[0].column)
            emitLineCells(pending)
        }
    }

    private func emitLineCells(_ lineCells: [LineCell]) {
        var cells = lineCells.map { (text: TextTools.trimLines($0.text), column: $0.column) }
        let line = lineCells.first { !TextTools.trimLines($0.text).isEmpty }?.line ?? lineCells[0].line
        while cells.count < header.count { cells.append(("", 1)) }
        if cells.allSatisfy({ $0.text.isEmpty }) { return }
        // A header repeated after a page break.
        if let repeated = TableHeader.recognise(cells.map(\.text)), repeated.sameColumns(as: header) {
            pageBreak = true
            return
        }
        // A section row printed as a whole row (the title, then empty cells), or a number alone.
        if handledSingleCell(cells, line: line) { return }
        place(&cells, line: line, short: false)
    }
}
