/// One line of the export, numbered from 1 as an editor shows it.
struct SourceLine {
    let number: Int
    let text: String

    /// Nothing printed; a line holding a TAB is an (empty) cell, not a blank line.
    var isBlank: Bool { !hasTabs && text.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
    // TABs are counted in bytes: these run on every line of big exports.
    var tabCount: Int { text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\t") ? 1 : 0) } }
    /// A line of the one-cell-per-line style: a single TAB in front of the cell's text.
    var isCellLine: Bool { text.utf8.first == UInt8(ascii: "\t") && tabCount == 1 }
    var hasTabs: Bool { text.utf8.contains(UInt8(ascii: "\t")) }

    /// The TAB-separated cells of the line with the 1-based column (in Unicode scalars) each starts at.
    var cells: [(text: String, column: Int)] {
        var result: [(String, Int)] = []
        var column = 1
        // Split in bytes: walking Characters (grapheme breaking) was a hot spot of big exports.
        for bytes in text.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false) {
            let part = Substring(bytes)
            result.append((String(part), column))
            column += part.unicodeScalars.count + 1
        }
        return result
    }

    /// The column of the first printed character.
    var firstColumn: Int {
        (text.unicodeScalars.firstIndex { !$0.properties.isWhitespace }.map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0) } ?? 0) + 1
    }

    static func split(_ text: String) -> [SourceLine] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(number: $0.offset + 1, text: String($0.element))
        }
        if lines.last?.text.isEmpty == true { lines.removeLast() }
        return lines
    }
}

/// Consecutive non-blank lines without TABs: a paragraph of running text.
struct Paragraph {
    var lines: [SourceLine]

    var firstLine: SourceLine { lines[0] }
    /// The lines joined by one space, bookmarks and `**` removed: for titles.
    var title: String {
        TextTools.oneLine(lines.map { TextTools.removeBookmarks($0.text) }.joined(separator: "\n"))
            .replacingOccurrences(of: "**", with: "")
            .trimmingCharacters(in: .whitespaces)
    }
    /// The lines as printed (bookmarks removed), one per line.
    var text: String {
        lines.map { TextTools.removeBookmarks($0.text).trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
    }
    var start: TextStart? { TextStart(text) }
    var end: TextEnd? { TextEnd(text) }

    /// Splits lines into paragraphs at blank lines.
    static func split<Lines: Collection>(_ lines: Lines) -> [Paragraph] where Lines.Element == SourceLine {
        var paragraphs: [Paragraph] = []
        var current: [SourceLine] = []
        for line in lines {
            if line.isBlank {
                if !current.isEmpty { paragraphs.append(Paragraph(lines: current)); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(Paragraph(lines: current)) }
        return paragraphs
    }

    /// Page-break artefacts of Markdown-ish exports: lines of only `|`, `-`, `:` and spaces.
    var isArtefact: Bool { lines.allSatisfy { Self.isArtefact($0.text) } }

    static func isArtefact(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return !trimmed.isEmpty && trimmed.allSatisfy { "|-:–\t ".contains($0) }
    }
}
