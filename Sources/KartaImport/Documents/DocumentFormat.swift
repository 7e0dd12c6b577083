import Foundation

/// What an input file is, decided from its first bytes (the name only tells `.docx` from `.odt`
/// when the archive cannot).
enum DocumentFormat: Equatable {
    case text
    /// A ZIP container: `.docx` or `.odt`, told apart by its parts.
    case archive
    /// An OLE compound file: Word 97–2003 `.doc`, or any password-protected Office document.
    case oleCompound

    static func detect(_ data: Data) -> DocumentFormat {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .oleCompound }
        // Local file header, or the end record of an empty archive.
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .archive }
        return .text
    }
}
