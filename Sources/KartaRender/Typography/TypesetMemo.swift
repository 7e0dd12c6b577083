import Foundation

/// The typeset form of each distinct text run, by its UTF-8 bytes, shared by the threads of a build.
///
/// A region's pages hold about fifteen million text runs, most of them repeated (labels, names,
/// activities shown on several pages), so each is typeset once per build. Runs are looked up by
/// a hash of their bytes and compared byte for byte, so a lookup makes no string and no copy;
/// canonically equivalent spellings stay apart, as the bytes of the page must.
///
/// Every lookup of every page comes here, so the tables are built for it: open addressing over plain
/// slots, and each run's bytes and its typeset bytes side by side in large blocks that never move. A
/// dictionary of arrays cost a SipHash of the key, two arrays (and their retains) per run, and 78 MB of
/// a region build's heap.
final class TypesetMemo: @unchecked Sendable {
    /// Sixteen independent tables, chosen by hash, so the two workers rarely wait for each other.
    private let shards: [Shard]

    init() {
        shards = (0..<16).map { _ in Shard() }
    }

    /// Appends the typeset form of `text` to `output`, making it with `make` the first time.
    ///
    /// A long run's bytes are kept from its second sighting on: a third of a region's 121,000 distinct runs
    /// appear once only (an activity's text on its roadmap), most of them long (keeping them cost 18 MB of the
    /// build's peak). Its first sighting leaves only the hash, so a long run seen twice is typeset twice. A short
    /// run (`keptAtFirstSighting` bytes at most: names, labels, dates) is kept from its first: it costs little
    /// room, and typesetting the short runs seen twice was most of a municipality's typesetting.
    func append(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], _ make: (UnsafeBufferPointer<UInt8>) -> [UInt8]) {
        PageCache.with(capacity: 0) { append(text, to: &output, cache: $0, make) }
    }

    /// The same, answering the runs met before on the page from `cache` first.
    func append(
        _ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], cache: PageCache, _ make: (UnsafeBufferPointer<UInt8>) -> [UInt8]
    ) {
        let hash = Self.hash(text)
        if let typeset = cache.find(text, hash: hash, in: self) {
            output.append(contentsOf: typeset)
            return
        }
        let shard = shards[Int(UInt(bitPattern: hash) >> 60)]
        shard.lock.lock()
        let known = shard.find(text, hash: hash)
        shard.lock.unlock()
        // The bytes stay where they are until the memo goes, so they are read outside the lock.
        if case .kept(let kept, let typeset) = known {
            cache.keep(kept, count: text.count, typeset: typeset, hash: hash, in: self)
            output.append(contentsOf: typeset)
            return
        }
        let made = make(text)
        output.append(contentsOf: made)
        shard.lock.lock()
        // Another worker may have met the same run meanwhile.
        switch shard.find(text, hash: hash) {
        case .kept: break
        case .seen(let slot): shard.keep(text, made, at: slot)
        case .absent:
            let slot = shard.markSeen(hash: hash)
            if text.count <= Self.keptAtFirstSighting { shard.keep(text, made, at: slot) }
        }
        shard.lock.unlock()
    }

    static let keptAtFirstSighting = 64

    /// Runs whose bytes are kept, over all tables (for tests).
    var count: Int {
        shards.reduce(0) { total, shard in
            shard.lock.lock()
            defer { shard.lock.unlock() }
            return total + shard.count
        }
    }

    /// A word-at-a-time multiplicative hash (as rustc's FxHash): a page's fifteen hundred text runs are
    /// looked up one by one, and SipHash over their bytes cost more than the table. `Shard` mixes the
    /// result again before using its low bits, so a poor spread only makes longer probes, never a wrong hit.
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

    /// Murmur3's finaliser: every bit of the hash reaches the low bits the slot index is taken from.
    static func mix(_ hash: Int) -> Int {
        var value = UInt64(UInt(bitPattern: hash))
        value ^= value >> 33
        value = value &* 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value = value &* 0xC4CE_B9FE_1A85_EC53
        value ^= value >> 33
        return Int(truncatingIfNeeded: value)
    }

    /// One table: slots probed linearly from the mixed hash, pointing into blocks of bytes that are only
    /// ever appended to. Used under its lock.
    private final class Shard: @unchecked Sendable {
        struct Slot {
            var hash = 0
            /// The run's bytes, then its typeset bytes unless they are the same; nil for an empty slot and
            /// for a run seen once.
            var bytes: UnsafePointer<UInt8>?
            /// -1: a run seen once, of which only the hash is kept.
            var textCount = 0
            /// -1: the typeset run is the run itself (no quote, space or abbreviation changed), kept once.
            var typesetCount = 0

            var isEmpty: Bool { bytes == nil && textCount == 0 }
        }

        let lock = NSLock()
        /// Runs kept, and slots in use (kept and seen once).
        private(set) var count = 0
        private var used = 0
        private var slots: UnsafeMutableBufferPointer<Slot>
        private var blocks: [UnsafeMutableRawPointer] = []
        private var block: UnsafeMutablePointer<UInt8>?
        private var blockFree = 0
        static let blockSize = 256 * 1024

        init() {
            slots = .allocate(capacity: 1024)
            slots.initialize(repeating: Slot())
        }

        deinit {
            slots.deallocate()
            for block in blocks { block.deallocate() }
        }

        enum Found {
            /// The run's kept bytes, and its typeset bytes.
            case kept(UnsafePointer<UInt8>, UnsafeBufferPointer<UInt8>)
            /// Seen once before: the slot holding its hash.
            case seen(Int)
            case absent
        }

        /// Where `text` stands in the table. A run seen once is known by its hash alone; two runs with one
        /// 64-bit hash would only have the second kept from its first sighting.
        func find(_ text: UnsafeBufferPointer<UInt8>, hash: Int) -> Found {
            let mask = slots.count - 1
            var index = TypesetMemo.mix(hash) & mask
            var seen: Int?
            while !slots[index].isEmpty {
                let slot = slots[index]
                if slot.hash == hash {
                    if let bytes = slot.bytes {
                        if slot.textCount == text.count, text.count == 0 || memcmp(bytes, text.baseAddress!, text.count) == 0 {
                            return .kept(bytes, slot.typesetCount < 0
                                ? UnsafeBufferPointer(start: bytes, count: slot.textCount)
                                : UnsafeBufferPointer(start: bytes + slot.textCount, count: slot.typesetCount))
                        }
                    } else {
                        seen = index
                    }
                }
                index = (index + 1) & mask
            }
            return seen.map(Found.seen) ?? .absent
        }

        /// Records the first sighting of a run: its hash, no bytes.
        /// Returns the slot, for `keep` under the same lock.
        @discardableResult
        func markSeen(hash: Int) -> Int {
            if (used + 1) * 2 > slots.count { grow() }
            used += 1
            return place(Slot(hash: hash, bytes: nil, textCount: -1, typesetCount: 0))
        }

        /// Keeps the bytes of a run seen before, in its slot (`find` gave it, under the same lock).
        func keep(_ text: UnsafeBufferPointer<UInt8>, _ typeset: [UInt8], at index: Int) {
            let same = typeset.count == text.count && typeset.withUnsafeBufferPointer { typeset in
                text.count == 0 || memcmp(typeset.baseAddress!, text.baseAddress!, text.count) == 0
            }
            let size = text.count + (same ? 0 : typeset.count)
            let bytes = reserve(size)
            if let base = text.baseAddress { bytes.update(from: base, count: text.count) }
            if !same {
                typeset.withUnsafeBufferPointer { typeset in
                    if let base = typeset.baseAddress { (bytes + text.count).update(from: base, count: typeset.count) }
                }
            }
            slots[index] = Slot(hash: slots[index].hash, bytes: UnsafePointer(bytes), textCount: text.count, typesetCount: same ? -1 : typeset.count)
            count += 1
        }

        @discardableResult
        private func place(_ slot: Slot) -> Int {
            let mask = slots.count - 1
            var index = TypesetMemo.mix(slot.hash) & mask
            while !slots[index].isEmpty { index = (index + 1) & mask }
            slots[index] = slot
            return index
        }

        private func grow() {
            let old = slots
            slots = .allocate(capacity: old.count * 2)
            slots.initialize(repeating: Slot())
            for slot in old where !slot.isEmpty { place(slot) }
            old.deallocate()
        }

        /// `size` bytes that never move: from the current block, or a block of their own when large.
        private func reserve(_ size: Int) -> UnsafeMutablePointer<UInt8> {
            let wanted = max(size, 1)
            if wanted > Self.blockSize / 8 {
                let own = UnsafeMutableRawPointer.allocate(byteCount: wanted, alignment: 1)
                blocks.append(own)
                return own.assumingMemoryBound(to: UInt8.self)
            }
            if wanted > blockFree || block == nil {
                let fresh = UnsafeMutableRawPointer.allocate(byteCount: Self.blockSize, alignment: 1)
                blocks.append(fresh)
                block = fresh.bindMemory(to: UInt8.self, capacity: Self.blockSize)
                blockFree = Self.blockSize
            }
            let start = block! + (Self.blockSize - blockFree)
            blockFree -= wanted
            return start
        }

    }
}
