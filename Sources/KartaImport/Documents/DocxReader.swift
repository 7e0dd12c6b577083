import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a Word `.docx` (Office Open XML) into paragraphs and tables: `word/document.xml` with the
/// numbers of `word/numbering.xml` printed in front of their paragraphs, merged cells (`gridSpan`,
/// `vMerge`, `gridBefore`/`gridAfter`) laid out on the table's grid, line breaks and lists kept
/// inside cells, and a paragraph or cell whose text is all bold marked so. Header rows marked to
/// repeat on every page (`w:tblHeader`) are stored once, so they are read once. Pictures, text
/// boxes, deleted revisions and field codes are skipped.
enum DocxReader {
    static let mainPart = "word/document.xml"

    static func read(_ parts: ArchiveParts) throws(DocumentReadError) -> ReadDocument {
        var numbering = DocxNumbering()
        if let data = try parts.read("word/numbering.xml") {
            numbering = try DocxNumbering(data)
        }
        let reader = DocumentXMLReader(numbering: numbering, limits: parts.limits)
        try parts.parseRequired(mainPart, with: reader)
        return reader.document
    }
}

/// The `XMLParser` delegate behind `DocxReader`.
final class DocumentXMLReader: DocumentXMLDelegate {
    private var numbering: DocxNumbering

    /// Elements whose text is not printed as the document's text.
    private static let skipped: Set<String> = ["w:drawing", "w:pict", "w:object", "mc:AlternateContent", "w:del", "w:moveFrom", "w:instrText", "w:delText", "w:footnoteReference", "w:endnoteReference", "w:commentReference"]

    private var gridBefore = 0
    private var gridAfter = 0

    private var inParagraph = false
    private var paragraphText = ""
    private var numID: String?
    private var numLevel = 0
    private var boldText = false
    private var plainText = false
    private var inRun = false
    private var runBold = false
    private var inText = false

    init(numbering: DocxNumbering, limits: ArchiveLimits) {
        self.numbering = numbering
        super.init(limits: limits)
    }

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if entersSkipped(name, skipped: Self.skipped) { return }
        let value = attributes["w:val"]
        switch name {
        case "w:p":
            if !inParagraph {
                inParagraph = true
                if tableDepth == 0 { budget.reset() }
                paragraphText = ""
                numID = nil
                numLevel = 0
                boldText = false
                plainText = false
            }
        case "w:numId": numID = value
        case "w:ilvl": numLevel = value.flatMap(Int.init) ?? 0
        case "w:r": inRun = true; runBold = false
        case "w:b": if inRun { runBold = !["0", "false", "off"].contains(value ?? "true") }
        case "w:t": inText = true
        case "w:tab", "w:ptab": if inRun { append(" ", parser) }
        case "w:br", "w:cr": if inRun, attributes["w:type"] != "page" { append("\n", parser) }
        case "w:noBreakHyphen": append("-", parser)
        case "w:softHyphen": break
        case "w:tbl":
            tableDepth += 1
            if tableDepth == 1 { table = ReadTable() }
        case "w:tr" where tableDepth == 1:
            countRow(parser)
            row = ReadRow()
            gridBefore = 0
            gridAfter = 0
        case "w:gridBefore" where tableDepth == 1: gridBefore = min(value.flatMap(Int.init) ?? 0, 64)
        case "w:gridAfter" where tableDepth == 1: gridAfter = min(value.flatMap(Int.init) ?? 0, 64)
        case "w:tc" where tableDepth == 1:
            cell = ReadCell()
            budget.reset()
        case "w:gridSpan" where tableDepth == 1: cell.spannedColumns = min(max(value.flatMap(Int.init) ?? 1, 1), 64)
        case "w:vMerge" where tableDepth == 1: cell.isCovered = value == nil || value == "continue"
        default: break
        }
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if leavesSkipped() { return }
        switch name {
        case "w:t": inText = false
        case "w:r": inRun = false
        case "w:p":
            // A paragraph inside a text box or a nested table's cell ends with the outer one.
            guard inParagraph else { return }
            inParagraph = false
            finishParagraph()
        case "w:tc" where tableDepth == 1:
            if cell.isCovered { cell.paragraphs = [] }
            row.cells.append(cell)
        case "w:tr" where tableDepth == 1:
            let empty = ReadCell()
            row.cells = Array(repeating: empty, count: gridBefore) + row.cells + Array(repeating: empty, count: gridAfter)
            table.rows.append(row)
        case "w:tbl":
            if tableDepth == 1 { document.blocks.append(.table(table)) }
            tableDepth = max(tableDepth - 1, 0)
        default: break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard skipDepth == 0, inText else { return }
        append(string, parser)
    }

    private func append(_ text: String, _ parser: XMLParser) {
        guard inParagraph else { return }
        paragraphText += text
        if text.contains(where: { !$0.isWhitespace }) {
            if runBold { boldText = true } else { plainText = true }
        }
        spend(text, parser)
    }

    private func finishParagraph() {
        var text = paragraphText
        if let numID, numID != "0", let label = numbering.label(numId: numID, level: numLevel) {
            text = text.trimmingCharacters(in: .whitespaces).isEmpty ? label : label + " " + text
        }
        let paragraph = ReadParagraph(text: text, isBold: boldText && !plainText)
        if tableDepth > 0 {
            cell.paragraphs.append(paragraph)
        } else {
            document.blocks.append(.paragraph(paragraph))
        }
    }
}
