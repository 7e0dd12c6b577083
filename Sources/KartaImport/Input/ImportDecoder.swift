import Foundation

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
        guard text.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Invalid UTF-8 whose high bytes are mostly Cyrillic letters in CP1251 (0xC0–0xFF, plus Ё/ё at
    /// 0xA8/0xB8): at least 70 % of the bytes above 0x7F.
    static func looksLikeCP1251(_ bytes: [UInt8]) -> Bool {
        var high = 0
        var letters = 0
        for byte in bytes where byte >= 0x80 {
            high += 1
            if byte >= 0xC0 || byte == 0xA8 || byte == 0xB8 { letters += 1 }
        }
        return high > 0 && letters * 10 >= high * 7
    }

    static func decodeCP1251(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value: UInt32 = byte < 0x80 ? UInt32(byte) : UInt32(cp1251High[Int(byte) - 0x80])
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// Windows-1251, bytes 0x80…0xFF. 0x98 is unassigned; it is read as U+0098, as browsers do.
    static let cp1251High: [UInt16] = [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
        0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x0098, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
        0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
        0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,
        0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
        0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
        0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
    ]
}
