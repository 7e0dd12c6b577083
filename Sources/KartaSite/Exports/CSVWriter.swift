import Foundation

/// RFC 4180 CSV, UTF-8 with a byte-order mark so that Excel opens Cyrillic text correctly. Rows are
/// appended as bytes, field by field: a roadmap of 200,000 items has millions of fields, and holding
/// them as rows of strings cost more than the file.
struct CSVWriter {
    /// Bytes in an array: appending to `Data` field by field was most of the time the export took.
    private var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    var data: Data { Data(bytes) }

    mutating func append(_ row: [String]) {
        for (index, value) in row.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            appendField(value)
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    /// One field, quoted when it holds a separator, a quote or a line break, its quotes doubled, byte by
    /// byte (Foundation's `replacingOccurrences` was half of a region's CSV exports).
    private mutating func appendField(_ value: String) {
        var value = value
        value.withUTF8 { field in
            // Decided by bytes: the five are ASCII and never part of a longer UTF-8 sequence. (Deciding by
            // characters left «\r\n» unquoted, since it is one character, neither «\r» nor «\n»: the row broke.)
            guard field.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3B }) else {
                bytes.append(contentsOf: field)
                return
            }
            bytes.append(0x22)
            for byte in field {
                bytes.append(byte)
                if byte == 0x22 { bytes.append(0x22) }
            }
            bytes.append(0x22)
        }
    }
}
