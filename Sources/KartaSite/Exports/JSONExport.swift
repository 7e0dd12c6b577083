import Foundation
import KartaModel

/// JSON with sorted keys and a final newline: the same model always gives the same bytes.
enum JSONExport {
    static func data<Value: Encodable>(_ value: Value) throws -> Data {
        var data = try encoder(pretty: true).encode(value)
        data.append(0x0A)
        return data
    }

    /// Without indentation, for files only scripts read (the search index).
    static func compactData<Value: Encodable>(_ value: Value) throws -> Data {
        var data = try encoder(pretty: false).encode(value)
        data.append(0x0A)
        return data
    }

    /// What `data` (or `compactData`) gives for `frame` with `elements` as the array under its
    /// top-level `key`; `frame` must encode that key as an empty array.
    ///
    /// Foundation's encoder builds a tree of the whole value before it writes a byte: for a roadmap of
    /// 200,000 items that tree is most of the build's memory, and it is built on one core. Here the
    /// elements are encoded in chunks on every core, and each chunk is spliced in at the indentation
    /// one encode of the whole would give it, so the bytes are the same (`JSONExportTests`).
    static func data<Frame: Encodable, Element: Encodable & Sendable>(
        _ frame: Frame, splicing elements: [Element], under key: String, pretty: Bool = true, chunkSize: Int = 2_000
    ) throws -> Data {
        var whole = try encoder(pretty: pretty).encode(frame)
        let empty = Data((pretty ? "\n  \"\(key)\" : [\n\n  ]" : "\"\(key)\":[]").utf8)
        guard !elements.isEmpty, let slot = whole.range(of: empty) else { return whole + [0x0A] }
        let chunks = stride(from: 0, to: elements.count, by: chunkSize).map {
            Array(elements[$0..<min($0 + chunkSize, elements.count)])
        }
        let encoded = chunks.parallelMap { chunk in
            Result { try spliceable(encoder(pretty: pretty).encode(chunk), pretty: pretty) }
        }
        var array = Data((pretty ? "\n  \"\(key)\" : [\n" : "\"\(key)\":[").utf8)
        for (index, chunk) in encoded.enumerated() {
            if index > 0 { array.append(contentsOf: pretty ? Array(",\n".utf8) : [UInt8(ascii: ",")]) }
            array.append(try chunk.get())
        }
        array.append(contentsOf: pretty ? Array("\n  ]".utf8) : [UInt8(ascii: "]")])
        whole.replaceSubrange(slot, with: array)
        whole.append(0x0A)
        return whole
    }

    private static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A top-level array's elements without its brackets; pretty, each non-empty line indented two
    /// more spaces, as an array under a top-level key is (empty lines, inside `[` `]`, stay empty).
    private static func spliceable(_ array: Data, pretty: Bool) -> Data {
        let bytes = [UInt8](array)
        guard pretty else { return Data(bytes[1..<(bytes.count - 1)]) }
        // "[\n" … "\n]"
        let inner = bytes[2..<(bytes.count - 2)]
        var out = [UInt8]()
        out.reserveCapacity(inner.count + inner.count / 8)
        var atLineStart = true
        for byte in inner {
            if atLineStart, byte != 0x0A {
                out.append(0x20)
                out.append(0x20)
            }
            out.append(byte)
            atLineStart = byte == 0x0A
        }
        return Data(out)
    }
}
