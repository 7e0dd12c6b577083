/// Where the tables of an export are: their header rows, in either row style, and where each
/// table's body ends and running text begins.
enum TableScanner {
    enum Style: Equatable {
        /// One row per line, cells separated by TABs.
        case tabbed
        /// One cell per line, each starting with a TAB; rows separated by blank lines.
        case cellPerLine
    }

    struct Hit {
        var header: TableHeader
        var style: Style
        /// Indices into the lines.
        var first: Int
        var last: Int
    }

    static func headers(_ lines: [SourceLine]) -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.isBlank { index += 1; continue }
            if line.isCellLine, index == 0 || lines[index - 1].isBlank || !lines[index - 1].hasTabs {
                var end = index
                var cells: [String] = []
                while end < lines.count, !lines[end].isBlank {
                    if lines[end].isCellLine {
                        cells.append(String(lines[end].text.dropFirst()))
                    } else if !lines[end].hasTabs, !cells.isEmpty {
                        cells[cells.count - 1] += "\n" + lines[end].text
                    } else {
                        break
                    }
                    end += 1
                }
                if cells.count >= 2, let header = TableHeader.recognise(cells.map(TextTools.trimLines)) {
                    hits.append(Hit(header: header, style: .cellPerLine, first: index, last: end - 1))
                    index = end
                    continue
                }
            }
            if line.hasTabs, !line.isCellLine {
                let cells = line.cells.map { TextTools.trimLines($0.text) }
                // «№» printed on the line above the rest of the header («п/п ⇥ Мероприятие …»).
                let above = index > 0 && !lines[index - 1].hasTabs && (hits.last.map { $0.last < index - 1 } ?? true)
                    ? lines[index - 1].text.trimmingCharacters(in: .whitespaces) : ""
                var merged = cells
                merged[0] = above + " " + merged[0]
                if !above.isEmpty, above.count <= 12, above.contains("№") || cells[0].lowercased().hasPrefix("п/п"),
                   let header = TableHeader.recognise(merged) {
                    hits.append(Hit(header: header, style: .tabbed, first: index - 1, last: index))
                } else if let header = TableHeader.recognise(cells) {
                    hits.append(Hit(header: header, style: .tabbed, first: index, last: index))
                }
            }
            index += 1
        }
        return hits
    }

    /// The index where running text after the table body begins (the body runs from the line after
    /// the header up to there).
    static func tailStart(of hit: Hit, regionEnd: Int, lines: [SourceLine]) -> Int {
        var last: Int?
        for index in stride(from: regionEnd - 1, through: hit.last + 1, by: -1) where lines[index].hasTabs {
            last = index
            break
        }
        guard var end = last else { return hit.last + 1 }
        if hit.style == .cellPerLine {
            while end + 1 < regionEnd, !lines[end + 1].isBlank, !lines[end + 1].hasTabs { end += 1 }
        }
        return end + 1
    }
}
