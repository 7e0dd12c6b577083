import Foundation
import KartaModel

/// JSON with sorted keys and a final newline: the same model always gives the same bytes.
enum JSONExport {
    /// Elements made and encoded at a time by the splicing `data` (the roadmap CSV writes as many).
    static let chunkSize = 2_000

    static func data<Value: Encodable>(_ value: Value) throws -> Data {
        var data = try encode(value, pretty: true)
        data.append(0x0A)
        return data
    }

    /// Without indentation, for files only scripts read (the search index).
    static func compactData<Value: Encodable>(_ value: Value) throws -> Data {
        var data = try encode(value, pretty: false)
        data.append(0x0A)
        return data
    }

    /// What `data` (or `compactData`) gives for `frame` with `elements` as the array under its
    /// top-level `key`; `frame` must encode that key as an empty array.
    static func data<Frame: Encodable, Element: Encodable & Sendable>(
        _ frame: Frame, splicing elements: [Element], under key: String, pretty: Bool = true, chunkSize: Int = JSONExport.chunkSize
    ) throws -> Data {
        try data(frame, elementCount: elements.count, under: key, pretty: pretty, chunkSize: chunkSize) { Array(elements[$0]) }
    }

    /// The same, with the elements made a chunk at a time by `elements(range)`.
    ///
    /// Foundation's encoder builds a tree of the whole value before it writes a byte: for a roadmap of
    /// 200,000 items that tree is most of the build's memory, and it is built on one core. Here the
    /// elements are made and encoded in chunks, a few chunks at a time on every core, and each chunk is
    /// appended at the indentation one encode of the whole would give it, so the bytes are the same
    /// (`JSONExportTests`) and no more than a few chunks of elements exist at once beside the output.
    static func data<Frame: Encodable, Element: Encodable>(
        _ frame: Frame, elementCount: Int, under key: String, pretty: Bool = true, chunkSize: Int = JSONExport.chunkSize,
        elements: @escaping @Sendable (Range<Int>) -> [Element]
    ) throws -> Data {
        let whole = try encode(frame, pretty: pretty)
        let empty = Data((pretty ? "\n  \"\(key)\" : [\n\n  ]" : "\"\(key)\":[]").utf8)
        guard elementCount > 0, let slot = whole.range(of: empty) else { return whole + [0x0A] }
        var out = Data(whole[..<slot.lowerBound])
        out.append(contentsOf: Array((pretty ? "\n  \"\(key)\" : [\n" : "\"\(key)\":[").utf8))
        let ranges = stride(from: 0, to: elementCount, by: chunkSize).map { $0..<min($0 + chunkSize, elementCount) }
        let batch = 2 * max(1, processorCount)
        for first in stride(from: 0, to: ranges.count, by: batch) {
            let encoded = Array(ranges[first..<min(first + batch, ranges.count)]).parallelMap { range in
                Result { try spliceable(encode(elements(range), pretty: pretty), pretty: pretty) }
            }
            for (offset, chunk) in encoded.enumerated() {
                if first + offset > 0 { out.append(contentsOf: pretty ? Array(",\n".utf8) : [UInt8(ascii: ",")]) }
                out.append(try chunk.get())
            }
        }
        out.append(contentsOf: pretty ? Array("\n  ]".utf8) : [UInt8(ascii: "]")])
        out.append(whole[slot.upperBound...])
        out.append(0x0A)
        return out
    }

    /// The bytes Foundation's encoder would give, through `SortedJSONEncoder` unless the value holds
    /// something only Foundation writes.
    static func encode<Value: Encodable>(_ value: Value, pretty: Bool) throws -> Data {
        do {
            return try SortedJSONEncoder(pretty: pretty).encode(value)
        } catch is SortedJSONEncoder.Unsupported {
            return try encoder(pretty: pretty).encode(value)
        }
    }

    static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Read once: Foundation reads the cgroup's files on every call, and a region asks for every export.
    private static let processorCount = ProcessInfo.processInfo.activeProcessorCount

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
