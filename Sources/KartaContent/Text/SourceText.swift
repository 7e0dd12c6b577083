import Foundation
import KartaModel

/// Turns a content file's bytes into text: UTF-8 only, with a byte-order mark and CRLF accepted.
///
/// Anything else is refused with a message rather than guessed, because a mis-decoded Cyrillic file
/// would publish mojibake. CP1251, the usual encoding of Russian Word exports, is recognised by name.
public enum SourceText {
    public static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(.error("encoding", "the file is in UTF-16; save it as UTF-8", at: SourceLocation(file: file)))
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: bytes)
            let guess = looksLikeCP1251(bytes) ? " (it looks like Windows-1251, CP1251)" : ""
            return .failure(.error(
                "encoding",
                "the file is not valid UTF-8\(guess); save it as UTF-8",
                at: SourceLocation(file: file, line: line, column: column)))
        }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if text.contains("\u{0}") {
            return .failure(.error("encoding", "the file contains NUL bytes; it is not a text file", at: SourceLocation(file: file)))
        }
        return .success(text)
    }

    /// CP1251 Cyrillic letters live in 0xC0–0xFF; in UTF-8 those bytes start multi-byte sequences
    /// that the next byte (usually another letter, not a continuation byte) breaks.
    static func looksLikeCP1251(_ bytes: [UInt8]) -> Bool {
        let high = bytes.filter { $0 >= 0x80 }
        guard !high.isEmpty else { return false }
        let cyrillic = high.filter { $0 >= 0xC0 || $0 == 0xA8 || $0 == 0xB8 }
        return cyrillic.count * 10 >= high.count * 8
    }

    static func firstInvalidUTF8(in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00..<0x80: length = 1
            case 0xC2..<0xE0: length = 2
            case 0xE0..<0xF0: length = 3
            case 0xF0..<0xF5: length = 4
            default: length = 0
            }
            let valid = length > 0 && index + length <= bytes.count
                && bytes[(index + 1)..<(index + length)].allSatisfy { $0 & 0xC0 == 0x80 }
            if !valid {
                let prefix = String(decoding: bytes[lineStart..<index], as: UTF8.self)
                return (line, prefix.unicodeScalars.count + 1)
            }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return (line, 1)
    }
}
