import KartaModel

/// Puts back cells that a page break or a conversion printed in the wrong column, and warns where it
/// cannot be sure: text in the number column, surplus cells, and continuation cells one column too
/// far left.
struct ShiftRepair {
    let header: TableHeader
    let file: String

    /// The cells of a row, as many as the header has columns, with shifts at page breaks repaired:
    /// text printed in the number column moves right (`5. Мероприятия…` is split into number and
    /// text); missing cells at the end are empty; surplus non-empty cells join the last column.
    func normalized(_ raw: [(text: String, column: Int)], line: Int, diagnostics: inout Diagnostics) -> [(text: String, column: Int)] {
        var cells = raw
        let width = header.count
        if cells.count > width {
            let extra = cells[width...].filter { !$0.text.isEmpty }
            cells = Array(cells[..<width])
            if !extra.isEmpty {
                cells[width - 1].text = ([cells[width - 1].text] + extra.map(\.text)).filter { !$0.isEmpty }.joined(separator: " ")
                warn(.importExtraCells, "the row has more cells than the header (\(raw.count) for \(width)); the extra text was added to «\(header.titles[width - 1])»", line: line, column: extra[0].column, into: &diagnostics)
            }
        }
        if cells.count < width, header.index(of: .number) == 0, !cells[0].text.isEmpty,
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

    /// A continuation row printed with fewer cells than the header may have a cell one column too
    /// far left: it moves right when the text it belongs to is certain (the cell to the right was left
    /// with an open bracket that this text closes); otherwise a warning names it.
    func repair(_ cells: inout [(text: String, column: Int)], previous: Row, line: Int, diagnostics: inout Diagnostics) {
        let dataIndices = header.dataIndices
        for index in dataIndices where index + 1 < cells.count && !cells[index].text.isEmpty && cells[index + 1].text.isEmpty {
            guard dataIndices.contains(index + 1) else { continue }
            let own = previous.cells[index].plain
            let right = previous.cells[index + 1].plain
            let text = TextTools.plain(cells[index].text)
            if TextTools.unclosedBracket(right), TextTools.closesUnopenedBracket(text), !TextTools.unclosedBracket(own) {
                cells[index + 1].text = cells[index].text
                cells[index].text = ""
            } else if TextEnd(right) == .unfinished, TextEnd(own) != .unfinished, TextStart(text) != .upper {
                warn(.importShift, "this text may belong one column to the right («\(header.titles[index + 1])», which ends unfinished above) rather than in «\(header.titles[index])»; it was left where it is", line: line, column: cells[index].column, into: &diagnostics)
            }
        }
    }

    /// Warns about continuation cells that close a bracket their column above never opened: they may
    /// belong to another column.
    func checkBrackets(_ cells: [(text: String, column: Int)], previous: Row, line: Int, diagnostics: inout Diagnostics) {
        for (index, cell) in cells.enumerated() where !cell.text.isEmpty {
            let above = previous.cells[index].plain
            if TextTools.closesUnopenedBracket(TextTools.plain(cell.text)), !TextTools.unclosedBracket(above) {
                warn(.importShift, "this continuation closes a «» or () that is not open in «\(header.titles[index])» above; it may belong to another column (it was added to «\(header.titles[index])»)", line: line, column: cell.column, into: &diagnostics)
            }
        }
    }

    private func warn(_ code: DiagnosticCode, _ message: String, line: Int, column: Int, into diagnostics: inout Diagnostics) {
        diagnostics.warning(code, message, at: SourceLocation(file: file, line: line, column: column))
    }
}
