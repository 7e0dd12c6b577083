import Foundation

/// Where each entry's stored bytes lie in a zip container, read from its central directory and
/// local headers. ZIPFoundation's inflater on Linux keeps asking for input until the deflate stream
/// ends, and reads on past the entry to the end of the file, then loops forever on empty reads when
/// a damaged stream never ends (a mutated `.docx` hung `karta import`); knowing the entry's own
/// bytes lets the reader feed the inflater exactly those and stop there.
struct ArchiveEntryData {
    /// Byte ranges of the compressed data, by entry name; the first entry of a name wins, as in
    /// ZIPFoundation's `archive[path]`.
    private(set) var ranges: [String: Range<Int>] = [:]

    /// Nil when the directory cannot be walked (the caller then refuses compressed parts).
    init?(_ data: Data) {
        let bytes = [UInt8](data)
        guard let directory = Self.centralDirectory(bytes) else { return nil }
        var position = directory.offset
        for _ in 0..<directory.count {
            guard Self.uint32(bytes, position) == 0x0201_4b50,
                  let nameLength = Self.uint16(bytes, position + 28),
                  let extraLength = Self.uint16(bytes, position + 30),
                  let commentLength = Self.uint16(bytes, position + 32),
                  let compressed32 = Self.uint32(bytes, position + 20),
                  let local32 = Self.uint32(bytes, position + 42),
                  position + 46 + nameLength <= bytes.count
            else { return nil }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            var compressed = compressed32
            var local = local32
            if compressed32 == 0xFFFF_FFFF || local32 == 0xFFFF_FFFF {
                // Zip64: the real values sit in the extra field, in a fixed order, each only if needed.
                guard let wide = Self.zip64Values(bytes, from: position + 46 + nameLength, length: extraLength,
                                                  uncompressedWide: Self.uint32(bytes, position + 24) == 0xFFFF_FFFF,
                                                  compressedWide: compressed32 == 0xFFFF_FFFF,
                                                  localWide: local32 == 0xFFFF_FFFF)
                else { return nil }
                compressed = wide.compressed ?? compressed32
                local = wide.local ?? local32
            }
            if ranges[name] == nil, let start = Self.dataStart(bytes, localHeader: local) {
                let end = start.addingReportingOverflow(compressed)
                ranges[name] = start..<(end.overflow ? bytes.count : min(end.partialValue, bytes.count))
            }
            position += 46 + nameLength + extraLength + commentLength
        }
    }

    private static func centralDirectory(_ bytes: [UInt8]) -> (offset: Int, count: Int)? {
        guard bytes.count >= 22 else { return nil }
        // The end record sits in the last 22 bytes plus at most a 64 KB comment.
        let lowest = max(0, bytes.count - 22 - 65_535)
        var end = bytes.count - 22
        while end >= lowest, uint32(bytes, end) != 0x0605_4b50 { end -= 1 }
        guard end >= lowest, let count16 = uint16(bytes, end + 10), let offset32 = uint32(bytes, end + 16) else { return nil }
        if count16 == 0xFFFF || offset32 == 0xFFFF_FFFF {
            guard end >= 20, uint32(bytes, end - 20) == 0x0706_4b50,
                  let record = uint64(bytes, end - 12), uint32(bytes, record) == 0x0606_4b50,
                  let count = uint64(bytes, record + 32), let offset = uint64(bytes, record + 48)
            else { return nil }
            return (offset, count)
        }
        return (offset32, count16)
    }

    private static func zip64Values(_ bytes: [UInt8], from start: Int, length: Int, uncompressedWide: Bool,
                                    compressedWide: Bool, localWide: Bool) -> (compressed: Int?, local: Int?)? {
        var position = start
        while position + 4 <= start + length {
            guard let tag = uint16(bytes, position), let size = uint16(bytes, position + 2) else { return nil }
            if tag == 0x0001 {
                var field = position + 4
                if uncompressedWide { field += 8 }
                var compressed: Int?
                if compressedWide { compressed = uint64(bytes, field); field += 8 }
                var local: Int?
                if localWide { local = uint64(bytes, field) }
                if compressedWide, compressed == nil { return nil }
                if localWide, local == nil { return nil }
                return (compressed, local)
            }
            position += 4 + size
        }
        return nil
    }

    private static func dataStart(_ bytes: [UInt8], localHeader: Int) -> Int? {
        guard uint32(bytes, localHeader) == 0x0403_4b50,
              let nameLength = uint16(bytes, localHeader + 26),
              let extraLength = uint16(bytes, localHeader + 28)
        else { return nil }
        let start = localHeader + 30 + nameLength + extraLength
        return start <= bytes.count ? start : nil
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> Int? {
        guard at >= 0, at + 2 <= bytes.count else { return nil }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> Int? {
        guard let low = uint16(bytes, at), let high = uint16(bytes, at + 2) else { return nil }
        return low | high << 16
    }

    private static func uint64(_ bytes: [UInt8], _ at: Int) -> Int? {
        guard let low = uint32(bytes, at), let high = uint32(bytes, at + 4), high < 0x8000_0000 else { return nil }
        return low | high << 32
    }
}
