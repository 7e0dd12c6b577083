import Foundation

/// Writes a value as Foundation's `JSONEncoder` does with `.sortedKeys` and `.withoutEscapingSlashes` (and
/// `.prettyPrinted` when asked), byte for byte, for the site's exports.
///
/// Foundation's encoder keeps every object as a dictionary of boxed values before it writes a byte; for the
/// roadmap and search exports of a region that was a twentieth of the build. Here an object is an array of
/// its fields, numbers stay numbers, and the bytes are written in one pass. Keys are ordered as Foundation
/// orders them outside Apple's platforms: by their UTF-8 bytes.
///
/// Values Foundation writes in a form of its own (dates, URLs, data, decimals, floating-point numbers) are
/// not written here: `encode` throws `Unsupported`, and `JSONExport` then asks Foundation.
struct SortedJSONEncoder {
    struct Unsupported: Error {}

    var pretty: Bool

    func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let node = try JSONTreeEncoding.node(of: value)
        var writer = Writer(pretty: pretty)
        writer.write(node)
        return Data(writer.bytes)
    }

    struct Writer {
        let pretty: Bool
        var bytes: [UInt8] = []
        var indent = 0
        /// The shapes of objects met (their keys) with the positions of their fields to write, in order: an
        /// export's rows are objects of a few shapes, sorted once each instead of once per object.
        var shapes: [(keys: [String], order: [Int])] = []

        mutating func write(_ node: JSONNode) {
            switch node {
            case .string(let text): writeString(text)
            case .int(let number): bytes.append(contentsOf: String(number).utf8)
            case .digits(let digits): bytes.append(contentsOf: digits.utf8)
            case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
            case .null: bytes.append(contentsOf: "null".utf8)
            case .array(let items): writeArray(items)
            case .object(let fields): writeObject(fields)
            }
        }

        mutating func writeArray(_ items: [JSONNode]) {
            bytes.append(UInt8(ascii: "["))
            if pretty {
                bytes.append(0x0A)
                indent += 1
            }
            for (index, item) in items.enumerated() {
                if index > 0 {
                    if pretty { bytes.append(UInt8(ascii: ",")); bytes.append(0x0A) } else { bytes.append(UInt8(ascii: ",")) }
                }
                if pretty { writeIndent() }
                write(item)
            }
            if pretty {
                bytes.append(0x0A)
                indent -= 1
                writeIndent()
            }
            bytes.append(UInt8(ascii: "]"))
        }

        mutating func writeObject(_ fields: [JSONNode.Field]) {
            let order = order(of: fields)
            bytes.append(UInt8(ascii: "{"))
            if pretty {
                bytes.append(0x0A)
                indent += 1
                if !order.isEmpty { writeIndent() }
            }
            for (index, position) in order.enumerated() {
                let field = fields[position]
                if index > 0 {
                    bytes.append(UInt8(ascii: ","))
                    if pretty {
                        bytes.append(0x0A)
                        writeIndent()
                    }
                }
                writeString(field.key)
                if pretty { bytes.append(contentsOf: " : ".utf8) } else { bytes.append(UInt8(ascii: ":")) }
                write(field.value)
            }
            if pretty {
                bytes.append(0x0A)
                indent -= 1
                writeIndent()
            }
            bytes.append(UInt8(ascii: "}"))
        }

        /// The positions of `fields` to write, in order, from the shapes met or sorted and kept.
        mutating func order(of fields: [JSONNode.Field]) -> [Int] {
            for shape in shapes where shape.keys.count == fields.count {
                var same = true
                for index in fields.indices where fields[index].key != shape.keys[index] {
                    same = false
                    break
                }
                if same { return shape.order }
            }
            let keys = fields.map { $0.key }
            let order = Self.order(of: keys)
            // A few shapes make an export; an object with keys of its own (a dictionary) is not kept.
            if shapes.count < 16 { shapes.append((keys, order)) }
            return order
        }

        /// The positions of the fields to write, by key: sorted as Foundation sorts (a stable sort, so of two
        /// fields with one key the later one wins, as it does in Foundation's dictionary).
        static func order(of keys: [String]) -> [Int] {
            let sorted = keys.indices.sorted { a, b in
                keys[a] == keys[b] ? a < b : keys[a].utf8.lexicographicallyPrecedes(keys[b].utf8)
            }
            var unique: [Int] = []
            unique.reserveCapacity(sorted.count)
            for index in sorted {
                if let last = unique.last, keys[last] == keys[index] { unique[unique.count - 1] = index } else { unique.append(index) }
            }
            return unique
        }

        mutating func writeIndent() {
            for _ in 0..<indent { bytes.append(0x20); bytes.append(0x20) }
        }

        /// Foundation's escapes: the quote, the backslash and control characters; `/` and everything else as is.
        mutating func writeString(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            var text = text
            text.withUTF8 { utf8 in
                var copied = 0
                for index in utf8.indices {
                    let byte = utf8[index]
                    guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<index]))
                    copied = index + 1
                    switch byte {
                    case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
                    case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
                    case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
                    case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
                    case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
                    case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
                    case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
                    default:
                        let hex = Array("0123456789abcdef".utf8)
                        bytes.append(contentsOf: #"\u00"#.utf8)
                        bytes.append(hex[Int(byte >> 4)])
                        bytes.append(hex[Int(byte & 0x0F)])
                    }
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied...]))
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }
}

/// A value as `SortedJSONEncoder` writes it.
indirect enum JSONNode {
    struct Field {
        var key: String
        var value: JSONNode
    }

    case string(String)
    case int(Int)
    /// An integer wider than `Int`, as its digits.
    case digits(String)
    case bool(Bool)
    case null
    case array([JSONNode])
    case object([Field])
}
