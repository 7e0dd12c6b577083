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
            return .failure(.error(.encoding, "the file is in UTF-16; save it as UTF-8", at: SourceLocation(file: file)))
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: bytes)
            let guess = WindowsCyrillic.isLikely(bytes) ? " (it looks like Windows-1251, CP1251)" : ""
            return .failure(.error(
                .encoding,
                "the file is not valid UTF-8\(guess); save it as UTF-8",
                at: SourceLocation(file: file, line: line, column: column)))
        }
        // Looked for in the bytes: `String.contains` through Foundation searched the text with NSString,
        // 13 % of a municipality-scale load (perf, 2026-12-05).
        if bytes.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // A byte scan first (cheap); the position only for the file that has one.
        if bytes.contains(0), let (line, column) = position(of: 0, in: text) {
            return .failure(.error(.encoding, "the file contains NUL bytes; it is not a text file", at: SourceLocation(file: file, line: line, column: column)))
        }
        return .success(text)
    }

    /// The line and column (in Unicode scalars) of the first scalar with this value, or nil.
    public static func position(of value: UInt32, in text: String) -> (line: Int, column: Int)? {
        position(in: text) { $0.value == value }
    }

    /// The line and column of the first scalar that `matches`, counting from line 1, column 1.
    public static func position(in text: String, where matches: (Unicode.Scalar) -> Bool) -> (line: Int, column: Int)? {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if matches(scalar) { return (line, column) }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }

    static func firstInvalidUTF8(in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = sequenceLength(bytes, at: index)
            let valid = length > 0
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

    /// The length of the well-formed UTF-8 sequence at `index`, or 0 if there is none. Checks the
    /// second byte's range too (Unicode Table 3-7), which rules out overlong forms, surrogates and
    /// values above U+10FFFF.
    static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let (length, secondRange): (Int, ClosedRange<UInt8>) = switch lead {
        case 0x00...0x7F: (1, 0x80...0xBF)
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        default: (0, 0x80...0xBF)
        }
        guard length > 1 else { return length }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return 0 }
        return bytes[(index + 2)..<(index + length)].allSatisfy { $0 & 0xC0 == 0x80 } ? length : 0
    }
}
