import Foundation

/// Keeps an abbreviation's expansion (`<abbr title="…">`) at its first use on a page and drops the title from
/// later uses of the same abbreviation with the same expansion, which stay `<abbr>`.
///
/// A year's or a body's list repeats «МОиПО СО» hundreds of times, and every repeated title weighed as much
/// as a row's words (a fifth of such a page). Expanding the first use is WCAG's technique H28; the glossary
/// page has every expansion. Run on finished pages after the typographer, for the long page kinds only.
public enum AbbreviationTitles {
    private static let opening = Array("<abbr title=\"".utf8)
    private static let closing = Array("</abbr>".utf8)

    public static func firstUseOnly(_ page: [UInt8]) -> [UInt8] {
        // nil: no title dropped, and the page is returned as it is, uncopied.
        let rewritten: [UInt8]? = page.withUnsafeBufferPointer { page in
            guard let base = page.baseAddress else { return nil }
            var output: [UInt8] = []
            // The titles seen, by a hash of their bytes (a set of byte slices hashed every title with SipHash).
            var seen: [Int: [Range<Int>]] = [:]
            var copiedUpTo = 0
            var index = 0
            while let start = find(opening, in: page, from: index) {
                let titleStart = start + opening.count
                guard let quote = find([UInt8(ascii: "\"")], in: page, from: titleStart),
                      quote + 1 < page.count, page[quote + 1] == UInt8(ascii: ">"),
                      let end = find(closing, in: page, from: quote + 2)
                else { break }
                // The expansion and the abbreviation together: one spelling may expand differently on a page
                // that gathers several territories.
                let key = titleStart..<end
                let hash = TypesetMemo.hash(UnsafeBufferPointer(rebasing: page[key]))
                let known = seen[hash, default: []].contains { other in
                    other.count == key.count && memcmp(base + other.lowerBound, base + key.lowerBound, key.count) == 0
                }
                if known {
                    if output.isEmpty { output.reserveCapacity(page.count) }
                    output += page[copiedUpTo..<start]
                    output += "<abbr>".utf8
                    output += page[(quote + 2)..<end]
                    copiedUpTo = end
                } else {
                    seen[hash, default: []].append(key)
                }
                index = end
            }
            guard copiedUpTo > 0 else { return nil }
            output += page[copiedUpTo...]
            return output
        }
        return rewritten ?? page
    }

    /// Where `needle` next starts in `bytes` at or after `start`: `memchr` for its first byte, then a compare.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, let base = bytes.baseAddress, needle.count <= bytes.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            guard let found = memchr(base + index, Int32(first), last - index + 1) else { return nil }
            let candidate = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + candidate, needle, needle.count) == 0 { return candidate }
            index = candidate + 1
        }
        return nil
    }
}
