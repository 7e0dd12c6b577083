import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an OpenDocument text (`.odt`, LibreOffice) from its `content.xml`: paragraphs, headings
/// and list items before, between and after tables; table cells with their column spans
/// (`table:number-columns-spanned`, covered cells kept as empty grid cells); header rows
/// (`table:table-header-rows`), which are stored once; line breaks, tabs and runs of spaces
/// (`text:s`). Footnote and annotation bodies are skipped.
enum OdtReader {
    static let mainPart = "content.xml"

    static func read(_ parts: ArchiveParts) throws(DocumentReadError) -> ReadDocument {
        let reader = ContentXMLReader(limits: parts.limits)
        try parts.parseRequired(mainPart, with: reader)
        return reader.document
    }
}

/// The `XMLParser` delegate behind `OdtReader`.
final class ContentXMLReader: DocumentXMLDelegate {
    /// Repeated empty rows are how spreadsheets-turned-documents pad tables; a row is repeated at most this often.
    private static let maxRepeatedRows = 1000

    private static let skipped: Set<String> = ["text:note", "office:annotation", "draw:frame", "text:tracked-changes", "text:bookmark-ref"]

    private var rowRepeat = 1
    private var cellRepeat = 1

    /// Paragraphs open inside each other (a list item's paragraph inside a cell's): text goes to the innermost.
    private var paragraphDepth = 0
    private var paragraphText = ""
    private var listDepth = 0
    private var listItemStarted = false

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if entersSkipped(name, skipped: Self.skipped) { return }
        switch name {
        case "text:p", "text:h":
            paragraphDepth += 1
            if paragraphDepth == 1 {
                if tableDepth == 0 { budget.reset() }
                paragraphText = listItemStarted ? "- " : ""
                listItemStarted = false
            }
        case "text:list": listDepth += 1
        case "text:list-item": listItemStarted = true
        case "text:s": append(String(repeating: " ", count: min(attributes["text:c"].flatMap(Int.init) ?? 1, 1000)), parser)
        case "text:tab": append(" ", parser)
        case "text:line-break": append("\n", parser)
        case "table:table":
            tableDepth += 1
            if tableDepth == 1 { table = ReadTable() }
        case "table:table-row" where tableDepth == 1:
            row = ReadRow()
            rowRepeat = min(max(attributes["table:number-rows-repeated"].flatMap(Int.init) ?? 1, 1), Self.maxRepeatedRows)
            countRow(parser, times: rowRepeat)
        case "table:table-cell" where tableDepth == 1, "table:covered-table-cell" where tableDepth == 1:
            cell = ReadCell()
            cell.isCovered = name == "table:covered-table-cell"
            cellRepeat = min(max(attributes["table:number-columns-repeated"].flatMap(Int.init) ?? 1, 1), 64)
            budget.reset()
        default: break
        }
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if leavesSkipped() { return }
        switch name {
        case "text:p", "text:h":
            paragraphDepth -= 1
            guard paragraphDepth == 0 else { return }
            let paragraph = ReadParagraph(text: paragraphText)
            if tableDepth > 0 {
                cell.paragraphs.append(paragraph)
            } else {
                document.blocks.append(.paragraph(paragraph))
            }
        case "text:list": listDepth = max(listDepth - 1, 0)
        case "text:list-item": listItemStarted = false
        case "table:table-cell" where tableDepth == 1, "table:covered-table-cell" where tableDepth == 1:
            if cell.isCovered { cell.paragraphs = [] }
            row.cells += Array(repeating: cell, count: cellRepeat)
        case "table:table-row" where tableDepth == 1:
            let filled = row.cells.contains { !$0.paragraphs.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }
            table.rows += Array(repeating: row, count: filled ? rowRepeat : 1)
        case "table:table":
            if tableDepth == 1 { document.blocks.append(.table(table)) }
            tableDepth = max(tableDepth - 1, 0)
        default: break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard skipDepth == 0, paragraphDepth > 0 else { return }
        // Inside text:p, white space runs collapse to one space as OpenDocument prints them.
        append(string.replacingOccurrences(of: "\n", with: " "), parser)
    }

    private func append(_ text: String, _ parser: XMLParser) {
        guard paragraphDepth > 0 else { return }
        paragraphText += text
        spend(text, parser)
    }
}
