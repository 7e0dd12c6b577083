import Foundation

extension Importer {
    /// A ZIP container: a `.docx` when it holds `word/document.xml`, an `.odt` when it holds
    /// `content.xml`; any other archive (a spreadsheet, a zipped folder) is refused by name.
    static func readArchive(_ data: Data, file: String) throws(DocumentReadError) -> ReadDocument {
        let parts = try ArchiveParts(data)
        if parts.contains(DocxReader.mainPart) { return try DocxReader.read(parts) }
        if parts.contains(OdtReader.mainPart) { return try OdtReader.read(parts) }
        // An encrypted Office file is an OLE container, caught before here; this is for a renamed one.
        if parts.contains("EncryptedPackage") { throw .wordBinary }
        throw DocumentReadError(.importArchive, "the file is a ZIP archive but neither a Word document (.docx) nor a LibreOffice text (.odt); save the roadmap as .docx or .odt")
    }
}
