import Foundation

/// The typeset form of each distinct text run, by its UTF-8 bytes, shared by the threads of a build.
///
/// A region's pages hold about fifteen million text runs, most of them repeated (labels, names,
/// activities shown on several pages), so each is typeset once per build. Runs are looked up by
/// a hash of their bytes and compared byte for byte, so a lookup makes no string and no copy;
/// canonically equivalent spellings stay apart, as the bytes of the page must.
final class TypesetMemo: @unchecked Sendable {
    private struct Entry {
        let text: [UInt8]
        let typeset: [UInt8]
    }

    /// Sixteen independent tables, chosen by hash, so the two workers rarely wait for each other.
    private let shards: [Shard]

    private final class Shard: @unchecked Sendable {
        let lock = NSLock()
        var entries: [Int: [Entry]] = [:]
    }

    init() {
        shards = (0..<16).map { _ in Shard() }
    }

    /// Appends the typeset form of `text` to `output`, making it with `make` the first time.
    func append(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], _ make: (UnsafeBufferPointer<UInt8>) -> [UInt8]) {
        let hash = Self.hash(text)
        let shard = shards[Int(UInt(bitPattern: hash) % UInt(shards.count))]
        shard.lock.lock()
        if let entries = shard.entries[hash], let known = entries.first(where: { Self.equal($0.text, text) }) {
            shard.lock.unlock()
            output.append(contentsOf: known.typeset)
            return
        }
        shard.lock.unlock()
        let made = make(text)
        output.append(contentsOf: made)
        shard.lock.lock()
        shard.entries[hash, default: []].append(Entry(text: Array(text), typeset: made))
        shard.lock.unlock()
    }

    /// A word-at-a-time multiplicative hash (as rustc's FxHash): a page's fifteen hundred text runs are
    /// looked up one by one, and SipHash over their bytes cost more than the table. The table's own
    /// `Hasher` still scatters the result, so a poor spread here only makes longer chains, never a wrong hit.
    static func hash(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        let seed: UInt64 = 0x517C_C1B7_2722_0A95
        var state = UInt64(text.count)
        guard let base = text.baseAddress else { return Int(bitPattern: UInt(state)) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= text.count {
            state = ((state << 5) | (state >> 59)) ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            state = state &* seed
            offset += 8
        }
        while offset < text.count {
            state = (((state << 5) | (state >> 59)) ^ UInt64(base[offset])) &* seed
            offset += 1
        }
        return Int(bitPattern: UInt(state ^ (state >> 32)))
    }

    private static func equal(_ stored: [UInt8], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard stored.count == text.count else { return false }
        guard let textStart = text.baseAddress else { return true }
        return stored.withUnsafeBufferPointer { memcmp($0.baseAddress!, textStart, text.count) == 0 }
    }
}
