extension ReadDocument {
    /// The document as the lines of a Word text export in the one-cell-per-line style (each cell a
    /// line starting with a TAB, its further paragraphs on lines of their own, rows separated by
    /// blank lines), which the text importer reads. Every line is numbered with its *block*: the
    /// paragraph's number in the document, each table row counting as one paragraph, so messages
    /// point at a place a reader can count to.
    ///
    /// Each row has as many cells as the table's grid: a cell merged across columns is followed by
    /// empty cells, a cell continuing a vertical merge is empty. A cell whose only text is bold and
    /// is alone in its row is written `<b>…</b>` (a section title).
    func exportLines() -> [SourceLine] {
        var lines: [SourceLine] = []
        var block = 0
        for item in blocks {
            switch item {
            case .paragraph(let paragraph):
                block += 1
                let text = Self.singleLine(paragraph.text)
                if text.allSatisfy(\.isWhitespace) {
                    lines.append(SourceLine(number: block, text: ""))
                } else {
                    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
                        lines.append(SourceLine(number: block, text: line.trimmingCharacters(in: .whitespaces)))
                    }
                }
            case .table(let table):
                lines.append(SourceLine(number: block + 1, text: ""))
                for row in table.rows {
                    block += 1
                    lines += Self.rowLines(row, number: block)
                    lines.append(SourceLine(number: block, text: ""))
                }
            }
        }
        return lines
    }

    private static func rowLines(_ row: ReadRow, number: Int) -> [SourceLine] {
        let filled = row.cells.filter { !$0.isCovered && $0.paragraphs.contains { !$0.text.allSatisfy(\.isWhitespace) } }
        var lines: [SourceLine] = []
        for cell in row.cells {
            let paragraphs = cell.isCovered ? [] : cell.paragraphs.map { singleLine($0.text) }
            let cellLines = paragraphs.flatMap { $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
            let bold = filled.count == 1 && !cellLines.isEmpty && cell.paragraphs.allSatisfy { $0.isBold || $0.text.allSatisfy(\.isWhitespace) }
            if bold {
                lines.append(SourceLine(number: number, text: "\t<b>" + cellLines.joined(separator: " ") + "</b>"))
            } else if let markup = paragraphMarkup(paragraphs) {
                lines.append(SourceLine(number: number, text: "\t" + markup))
            } else {
                lines.append(SourceLine(number: number, text: "\t" + (cellLines.first ?? "")))
                for more in cellLines.dropFirst() { lines.append(SourceLine(number: number, text: more)) }
            }
            for _ in 1..<max(cell.spannedColumns, 1) { lines.append(SourceLine(number: number, text: "\t")) }
        }
        return lines
    }

    /// A cell of several paragraphs as `<p>`/`<li>` markup on one line, or nil for one paragraph.
    /// Printed as lines of their own, Word's paragraphs would run together into one (a text export
    /// keeps them apart only when it carries the markup), and a deadline or responsible cell with
    /// one paragraph per sub-item would lose its parts.
    private static func paragraphMarkup(_ paragraphs: [String]) -> String? {
        let filled = paragraphs.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.allSatisfy(\.isWhitespace) }
        guard filled.count >= 2 else { return nil }
        var markup = ""
        var inList = false
        for paragraph in filled {
            let lines = paragraph.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let item = lines.first?.hasPrefix("- ") == true
            if item != inList { markup += item ? "<ul>" : "</ul>"; inList = item }
            let text = (item ? [String(lines[0].dropFirst(2))] + lines.dropFirst() : lines).joined(separator: "<br>")
            markup += item ? "<li>\(text)</li>" : "<p>\(text)</p>"
        }
        return inList ? markup + "</ul>" : markup
    }

    /// TABs inside text would read as cell boundaries; they print as spaces.
    private static func singleLine(_ text: String) -> String {
        text.contains("\t") ? text.replacingOccurrences(of: "\t", with: " ") : text
    }
}
