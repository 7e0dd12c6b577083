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
        var output: [UInt8] = []
        output.reserveCapacity(page.count)
        var seen: Set<ArraySlice<UInt8>> = []
        var copiedUpTo = 0
        var index = 0
        while let start = find(opening, in: page, from: index) {
            let titleStart = start + opening.count
            guard let quote = page[titleStart...].firstIndex(of: UInt8(ascii: "\"")),
                  quote + 1 < page.count, page[quote + 1] == UInt8(ascii: ">"),
                  let end = find(closing, in: page, from: quote + 2)
            else { break }
            // The expansion and the abbreviation together: one spelling may expand differently on a page
            // that gathers several territories.
            let key = page[titleStart..<end]
            if !seen.insert(key).inserted {
                output += page[copiedUpTo..<start]
                output += "<abbr>".utf8
                output += page[(quote + 2)..<end]
                copiedUpTo = end
            }
            index = end
        }
        guard copiedUpTo > 0 else { return page }
        output += page[copiedUpTo...]
        return output
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            guard let candidate = bytes[index...last].firstIndex(of: first) else { return nil }
            if bytes[candidate..<(candidate + needle.count)].elementsEqual(needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }
}
