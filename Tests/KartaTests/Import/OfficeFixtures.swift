import Foundation
import ZIPFoundation

/// `.docx` and `.odt` files written by the tests themselves: the XML parts are built here and zipped
/// with ZIPFoundation in memory, so no generator or committed binary is needed.
enum OfficeFixtures {
    /// A ZIP archive of the given parts (path, bytes), deflated unless `stored`.
    static func zip(_ parts: [(String, Data)], stored: Bool = false) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 0), compressionMethod: stored ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    // MARK: - Word

    static let wordNamespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    /// A `.docx` whose body is `body` (WordprocessingML inside `<w:body>`).
    static func docx(_ body: String, numbering: String? = nil, stored: Bool = false) throws -> Data {
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.utf8)),
            ("word/document.xml", Data("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document \(wordNamespace)><w:body>\(body)</w:body></w:document>".utf8)),
        ]
        if let numbering {
            parts.append(("word/numbering.xml", Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering \(wordNamespace)>\(numbering)</w:numbering>".utf8)))
        }
        return try zip(parts, stored: stored)
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A Word paragraph; `\n` in the text is a line break (`w:br`).
    static func p(_ text: String, bold: Bool = false, numbered: (id: Int, level: Int)? = nil) -> String {
        let properties = numbered.map { "<w:pPr><w:numPr><w:ilvl w:val=\"\($0.level)\"/><w:numId w:val=\"\($0.id)\"/></w:numPr></w:pPr>" } ?? ""
        let runs = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")<w:t xml:space=\"preserve\">\(escaped(String($0)))</w:t></w:r>"
        }.joined(separator: "<w:r><w:br/></w:r>")
        return "<w:p>\(properties)\(runs)</w:p>"
    }

    /// A Word cell holding paragraphs (one per line of `text` unless already markup).
    static func tc(_ text: String, span: Int = 1, vMerge: String? = nil, bold: Bool = false) -> String {
        var properties = ""
        if span > 1 { properties += "<w:gridSpan w:val=\"\(span)\"/>" }
        if let vMerge { properties += vMerge.isEmpty ? "<w:vMerge/>" : "<w:vMerge w:val=\"\(vMerge)\"/>" }
        let content = text.hasPrefix("<w:p") ? text : text.split(separator: "\n", omittingEmptySubsequences: false).map { p(String($0), bold: bold) }.joined()
        return "<w:tc>\(properties.isEmpty ? "" : "<w:tcPr>\(properties)</w:tcPr>")\(content.isEmpty ? "<w:p/>" : content)</w:tc>"
    }

    static func tr(_ cells: [String], header: Bool = false) -> String {
        "<w:tr>\(header ? "<w:trPr><w:tblHeader/></w:trPr>" : "")\(cells.joined())</w:tr>"
    }

    /// A table of plain cells, the first row marked as a repeating header.
    static func tbl(_ rows: [[String]]) -> String {
        "<w:tbl>" + rows.enumerated().map { tr($0.element.map { tc($0) }, header: $0.offset == 0) }.joined() + "</w:tbl>"
    }

    static let roadmapHeader = ["№ п/п", "Мероприятие", "Сроки", "Ответственные"]

    // MARK: - OpenDocument

    static func odt(_ body: String) throws -> Data {
        let content = """
            <?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
            office:version="1.3"><office:body><office:text>\(body)</office:text></office:body></office:document-content>
            """
        return try zip([("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)), ("content.xml", Data(content.utf8))])
    }

    static func odtP(_ text: String) -> String {
        "<text:p>" + text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "<text:line-break/>") + "</text:p>"
    }

    static func odtCell(_ text: String, span: Int = 1) -> String {
        let paragraphs = text.isEmpty ? "<text:p/>" : text.split(separator: "\n").map { odtP(String($0)) }.joined()
        return "<table:table-cell\(span > 1 ? " table:number-columns-spanned=\"\(span)\"" : "")>\(paragraphs)</table:table-cell>"
            + String(repeating: "<table:covered-table-cell/>", count: max(span - 1, 0))
    }

    /// A table whose first row is in `table:table-header-rows`.
    static func odtTable(_ rows: [[String]]) -> String {
        func row(_ cells: [String]) -> String { "<table:table-row>" + cells.map { odtCell($0) }.joined() + "</table:table-row>" }
        let columns = "<table:table-column table:number-columns-repeated=\"\(rows.first?.count ?? 1)\"/>"
        return "<table:table table:name=\"T1\">\(columns)<table:table-header-rows>\(row(rows[0]))</table:table-header-rows>" + rows.dropFirst().map(row).joined() + "</table:table>"
    }
}
