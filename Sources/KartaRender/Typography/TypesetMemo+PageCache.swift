import Foundation

extension TypesetMemo {
    /// The runs of one page that the memo keeps, met on it before, answered without the memo's lock: half of a
    /// page's runs repeat one met earlier on the page, and the lock's line, which both workers write, was most
    /// of a lookup. Direct-mapped by hash; it points into the memo's blocks, which never move.
    struct PageCache {
        struct Entry {
            var hash = 0
            var memo: ObjectIdentifier?
            var text: UnsafePointer<UInt8>?
            var textCount = 0
            var typeset: UnsafePointer<UInt8>?
            var typesetCount = 0
        }

        /// Written through, never copied: a plain pointer, which no access to it checks for exclusivity.
        private let entries: UnsafeMutableBufferPointer<Entry>

        /// A cache of `capacity` entries (a power of two; 0 for none) for the length of `body`.
        static func with<Result>(capacity: Int = 1024, _ body: (PageCache) -> Result) -> Result {
            let entries = UnsafeMutableBufferPointer<Entry>.allocate(capacity: capacity)
            entries.initialize(repeating: Entry())
            defer { entries.deallocate() }
            return body(PageCache(entries: entries))
        }

        func find(_ text: UnsafeBufferPointer<UInt8>, hash: Int, in memo: TypesetMemo) -> UnsafeBufferPointer<UInt8>? {
            guard !entries.isEmpty else { return nil }
            let entry = entries[TypesetMemo.mix(hash) & (entries.count - 1)]
            guard entry.hash == hash, entry.memo == ObjectIdentifier(memo), entry.textCount == text.count, let kept = entry.text,
                  text.count == 0 || memcmp(kept, text.baseAddress!, text.count) == 0
            else { return nil }
            return UnsafeBufferPointer(start: entry.typeset, count: entry.typesetCount)
        }

        func keep(_ text: UnsafePointer<UInt8>, count: Int, typeset: UnsafeBufferPointer<UInt8>, hash: Int, in memo: TypesetMemo) {
            guard !entries.isEmpty else { return }
            entries[TypesetMemo.mix(hash) & (entries.count - 1)] = Entry(
                hash: hash, memo: ObjectIdentifier(memo), text: text, textCount: count, typeset: typeset.baseAddress, typesetCount: typeset.count)
        }
    }
}
