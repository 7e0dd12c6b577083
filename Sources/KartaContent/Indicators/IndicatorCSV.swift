import CSV
import Foundation
import KartaModel

/// Reads `indicators.csv` as spreadsheets export it: comma, semicolon or tab separated (a first line
/// `sep=;`, as Excel writes it, is honoured), UTF-8 with or without a byte-order mark or Windows-1251,
/// quoted fields per RFC 4180. Fields are split by CSV.swift; this type only finds where each field
/// starts, so every problem is reported at its `file:line:column`.
enum IndicatorCSV {
    static func read(_ data: Data, entityID: String, file: String) -> (IndicatorTable?, Diagnostics) {
        var diagnostics = Diagnostics()
        let text: String
        switch decode(data, file: file) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return (nil, diagnostics)
        }
        var lineOffset = 0
        var body = Substring(text)
        var delimiter: Unicode.Scalar?
        if let firstLine = body.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first,
           firstLine.lowercased().hasPrefix("sep="), firstLine.unicodeScalars.count == 5 {
            delimiter = firstLine.unicodeScalars.last
            body = body.dropFirst(firstLine.count + 1)
            lineOffset = 1
        }
        let scalars = Array(body.unicodeScalars)
        let separator = delimiter ?? guessDelimiter(scalars)
        let positions = FieldPositions(scalars: scalars, delimiter: separator, file: file, lineOffset: lineOffset)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: String(body), hasHeaderRow: false, trimFields: false, delimiter: separator)
        } catch {
            diagnostics.error(.csv, "the CSV could not be read: \(error)", at: SourceLocation(file: file, line: 1 + lineOffset, column: 1))
            return (nil, diagnostics)
        }
        var header: [IndicatorRow.Column?]?
        var builder = IndicatorTableBuilder()
        var cursor = positions.start
        while let fields = reader.next() {
            guard let starts = positions.advance(&cursor, over: fields) else {
                diagnostics.error(
                    .csv, "a quoted field is not closed where it should be (a quote must be doubled inside quotes: \"\"); the rest of the file is not read",
                    at: positions.location(cursor.fieldStart))
                break
            }
            let locations = starts.map(positions.location)
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard let columns = header else {
                header = readHeader(fields, locations: locations, diagnostics: &diagnostics)
                if header == nil { return (nil, diagnostics) }
                continue
            }
            if fields.count > columns.count {
                diagnostics.error(
                    .csv, "the row has \(fields.count) fields but the header has \(columns.count); a decimal comma in a comma-separated file must be quoted (\"85,5\"), or separate the fields with ';'",
                    at: locations[columns.count])
                continue
            }
            var cells: [IndicatorRow.Column: IndicatorRow.Cell] = [:]
            for (index, field) in fields.enumerated() {
                if let column = columns[index] { cells[column] = IndicatorRow.Cell(text: field, location: locations[index]) }
            }
            builder.add(IndicatorRow(cells: cells, location: locations[0]))
        }
        diagnostics.append(contentsOf: builder.diagnostics)
        return (builder.table(entityID: entityID, file: file), diagnostics)
    }

    /// UTF-8 (a byte-order mark and CRLF accepted), else Windows-1251 when the bytes look like it.
    static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
        let bytes = [UInt8](data)
        if String(validating: bytes, as: UTF8.self) == nil, !bytes.contains(0), WindowsCyrillic.isLikely(bytes) {
            return .success(WindowsCyrillic.decode(bytes).replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
        }
        return SourceText.decode(data, file: file).mapError { diagnostic in
            var changed = diagnostic
            changed.message = changed.message.replacingOccurrences(of: "save it as UTF-8", with: "save it as UTF-8 or Windows-1251 CSV")
            return changed
        }
    }

    /// The separator the header line uses most: `;` (Russian Excel), `,` or a tab.
    static func guessDelimiter(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        let firstLine = scalars.prefix { $0 != "\n" }
        var quoted = false
        var counts: [Unicode.Scalar: Int] = [:]
        for scalar in firstLine {
            if scalar == "\"" { quoted.toggle() }
            if !quoted, scalar == ";" || scalar == "," || scalar == "\t" { counts[scalar, default: 0] += 1 }
        }
        var best: Unicode.Scalar = ","
        var bestCount = 0
        for candidate: Unicode.Scalar in [";", ",", "\t"] where (counts[candidate] ?? 0) > bestCount {
            best = candidate
            bestCount = counts[candidate] ?? 0
        }
        return best
    }

    static func readHeader(_ fields: [String], locations: [SourceLocation], diagnostics: inout Diagnostics) -> [IndicatorRow.Column?]? {
        var columns: [IndicatorRow.Column?] = []
        var ok = true
        let names = IndicatorRow.Column.allCases.map(\.rawValue).joined(separator: ", ")
        for (index, field) in fields.enumerated() {
            let name = field.trimmingCharacters(in: .whitespaces)
            guard let column = IndicatorRow.Column.named(name) else {
                diagnostics.error(.unknownColumn, "unknown column '\(name)'; the columns are \(names) (or their Russian names)", at: locations[index])
                ok = false
                columns.append(nil)
                continue
            }
            if columns.contains(column) {
                diagnostics.error(.duplicateColumn, "column '\(column.rawValue)' is given twice", at: locations[index])
                ok = false
            }
            columns.append(column)
        }
        let missing = IndicatorRow.Column.required.filter { !columns.contains($0) }
        if !missing.isEmpty {
            diagnostics.error(
                .missingColumn, "the header must name the columns \(missing.map(\.rawValue).joined(separator: ", ")) (found: \(fields.joined(separator: ", ")))",
                at: locations.first ?? SourceLocation(file: ""))
            ok = false
        }
        return ok ? columns : nil
    }
}

/// Where each field of a row starts in the text, found by walking the raw text alongside the fields
/// the CSV library returned: an unquoted field spans its own length, a quoted one its length plus its
/// two quotes and one more for each doubled quote inside.
struct FieldPositions {
    struct Cursor {
        var index: Int
        var fieldStart: Int
    }

    let scalars: [Unicode.Scalar]
    let delimiter: Unicode.Scalar
    let file: String
    let lineOffset: Int
    /// Index of the first scalar of every line.
    private let lineStarts: [Int]

    init(scalars: [Unicode.Scalar], delimiter: Unicode.Scalar, file: String, lineOffset: Int) {
        self.scalars = scalars
        self.delimiter = delimiter
        self.file = file
        self.lineOffset = lineOffset
        lineStarts = [0] + scalars.indices.filter { scalars[$0] == "\n" }.map { $0 + 1 }
    }

    var start: Cursor { Cursor(index: 0, fieldStart: 0) }

    /// The start of each field, moving the cursor to the next row; nil when the text does not spell the
    /// fields the library returned (a quote left open or followed by text), where positions would be guesses.
    func advance(_ cursor: inout Cursor, over fields: [String]) -> [Int]? {
        var starts: [Int] = []
        for field in fields {
            cursor.fieldStart = cursor.index
            starts.append(cursor.index)
            var expected = Array(field.unicodeScalars)
            if cursor.index < scalars.count, scalars[cursor.index] == "\"" {
                expected = ["\""] + expected.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] } + ["\""]
            }
            let end = cursor.index + expected.count
            guard end <= scalars.count, Array(scalars[cursor.index..<end]) == expected else { return nil }
            guard end == scalars.count || scalars[end] == delimiter || scalars[end] == "\n" else { return nil }
            cursor.index = end + 1
        }
        return starts
    }

    func location(_ index: Int) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return SourceLocation(file: file, line: low + 1 + lineOffset, column: index - lineStarts[low] + 1)
    }
}
