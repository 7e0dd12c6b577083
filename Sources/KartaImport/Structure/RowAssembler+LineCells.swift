import KartaModel

/// The second row style: one cell per line, each starting with a TAB, rows separated by blank lines
/// that also occur inside cells.
extension RowAssembler {
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
            markPageBreak()
            return
        }
        // A section row printed as a whole row (the title, then empty cells), or a number alone.
        if handledSingleCell(cells, line: line) { return }
        place(&cells, line: line, short: false)
    }
}
