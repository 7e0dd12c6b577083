import Foundation
import KartaContent

/// How big an input `karta import` reads: text exports as much as `karta build` reads of a content
/// file (with its message), Word and LibreOffice documents up to `ArchiveLimits.maxArchiveBytes`
/// (pictures make them bigger; their text is held to the same limit once read).
enum ImportLimits {
    static func isDocumentName(_ path: String) -> Bool {
        ["docx", "odt", "docm", "dotx", "ott"].contains((path as NSString).pathExtension.lowercased())
    }

    static func maxInputBytes(_ path: String) -> Int {
        isDocumentName(path) ? ArchiveLimits.standard.maxArchiveBytes : ContentLimits.maxFileBytes
    }

    static func message(size: Int, path: String) -> String {
        isDocumentName(path)
            ? "the file is \(ArchiveParts.megabytes(size)); documents are read up to \(ArchiveParts.megabytes(ArchiveLimits.standard.maxArchiveBytes))"
            : ContentLimits.message(size: size)
    }
}
