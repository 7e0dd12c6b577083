import KartaModel

/// Why a `.docx` or `.odt` could not be read. Each message says what to do; the caller names the file.
public struct DocumentReadError: Error, Sendable, Equatable {
    public var code: DiagnosticCode
    public var message: String

    public init(_ code: DiagnosticCode, _ message: String) {
        self.code = code
        self.message = message
    }

    static let wordBinary = DocumentReadError(
        .importDoc,
        "this is a Word 97–2003 document (.doc) or a password-protected document, which Karta cannot read; open it in Word or LibreOffice, remove the password if there is one, and save it as «Документ Word (.docx)» (File → Save as), then import the .docx")

    static func corrupt(_ detail: String) -> DocumentReadError {
        DocumentReadError(.importArchive, "the file is not a readable .docx/.odt archive (\(detail)); open it in Word or LibreOffice and save it again")
    }

    /// A cell or paragraph past `ArchiveLimits.maxCellBytes`.
    static func oversized(tableRow: Int?, limit: Int) -> DocumentReadError {
        let place = tableRow.map { "a table cell (table row \($0))" } ?? "a paragraph"
        return DocumentReadError(.importCellSize, "\(place) holds more than \(ArchiveParts.megabytes(limit)) of text; cells and paragraphs are read up to that size, so the file was not read")
    }
}
