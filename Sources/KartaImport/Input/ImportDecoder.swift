import Foundation
import KartaContent

/// How the bytes of an export were read.
public enum ImportEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with a byte-order mark"
    case cp1251 = "Windows-1251 (CP1251)"
}

/// Turns the bytes of a Word text export into text, deciding the encoding from the bytes alone
/// (never from the file name): UTF-8 with or without a byte-order mark, or CP1251, the usual
/// encoding of Russian exports, which is decoded here with its own table rather than through
/// Foundation's platform-dependent legacy encodings. CRLF and lone CR line ends become LF.
public enum ImportDecoder {
    public struct Decoded: Sendable {
        public var text: String
        public var encoding: ImportEncoding
    }

    public enum Failure: Error, Sendable, Equatable {
        case utf16
        case binary
        case unknownEncoding

        public var message: String {
            switch self {
            case .utf16: "the file is in UTF-16; save the export as UTF-8 or Windows-1251 text"
            case .binary: "the file contains NUL bytes; it is not a text export"
            case .unknownEncoding: "the file is neither UTF-8 nor Windows-1251 (CP1251) text"
            }
        }
    }

    public static func decode(_ data: Data) -> Result<Decoded, Failure> {
        var bytes = [UInt8](data)
        var encoding = ImportEncoding.utf8
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            encoding = .utf8WithBOM
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .failure(.utf16) }
        if bytes.contains(0) { return .failure(.binary) }
        let text: String
        if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
        } else if encoding == .utf8, looksLikeCP1251(bytes) {
            text = decodeCP1251(bytes)
            encoding = .cp1251
        } else {
            return .failure(.unknownEncoding)
        }
        return .success(Decoded(text: normalizeLineEnds(text), encoding: encoding))
    }

    /// CRLF and lone CR become LF.
    static func normalizeLineEnds(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Invalid UTF-8 whose high bytes are mostly Cyrillic letters in CP1251.
    static func looksLikeCP1251(_ bytes: [UInt8]) -> Bool { WindowsCyrillic.isLikely(bytes) }

    static func decodeCP1251(_ bytes: [UInt8]) -> String { WindowsCyrillic.decode(bytes) }

    static var cp1251High: [UInt16] { WindowsCyrillic.high }
}
