import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What both document readers keep while parsing: the document so far, the table being read (only
/// the outermost: a nested table's paragraphs join the cell holding it), the depth inside elements
/// whose text is skipped, and the size budget of the current cell, which stops the parser when spent.
class DocumentXMLDelegate: NSObject, XMLParserDelegate, XMLAbortReason {
    var document = ReadDocument()
    private(set) var abortReason: DocumentReadError?
    var budget: TextBudget
    var skipDepth = 0
    var tableDepth = 0
    var table = ReadTable()
    var row = ReadRow()
    var cell = ReadCell()

    private let maxRows: Int
    private var rowCount = 0

    init(limits: ArchiveLimits) {
        budget = TextBudget(limit: limits.maxCellBytes)
        maxRows = limits.maxRows
    }

    /// Counts a table row; past `ArchiveLimits.maxRows`, parsing stops with an error.
    func countRow(_ parser: XMLParser, times: Int = 1) {
        rowCount += times
        guard rowCount > maxRows, abortReason == nil else { return }
        abortReason = DocumentReadError(.importRows, "the document's tables have more than \(maxRows) rows; a roadmap this long is not imported in one piece: split the document")
        parser.abortParsing()
    }

    /// Counts text of the current cell or paragraph; past the budget, parsing stops with an error.
    func spend(_ text: String, _ parser: XMLParser) {
        guard !budget.spend(text) else { return }
        abortReason = .oversized(tableRow: tableDepth > 0 ? table.rows.count + 1 : nil, limit: budget.limit)
        parser.abortParsing()
    }

    /// Whether an element (and everything in it) is skipped; call at each element start.
    func entersSkipped(_ name: String, skipped: Set<String>) -> Bool {
        guard skipDepth > 0 || skipped.contains(name) else { return false }
        skipDepth += 1
        return true
    }

    /// Whether an ending element closes a skipped one; call at each element end.
    func leavesSkipped() -> Bool {
        guard skipDepth > 0 else { return false }
        skipDepth -= 1
        return true
    }

    // Declared here so the readers' versions override them: on Linux, `XMLParserDelegate`'s defaults
    // would otherwise be what the parser calls.
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {}
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {}
    func parser(_ parser: XMLParser, foundCharacters string: String) {}
}
