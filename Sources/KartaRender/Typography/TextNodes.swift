import Foundation

/// Splits HTML into tags and text, so text can be rewritten without touching markup.
///
/// Karta's own pages are well-formed (templates plus cmark output), so a tag is `<` … `>` and
/// attribute values never hold a raw `>` (the escaper writes `&gt;`). Text inside elements listed in
/// `skipped` (code, scripts, the page title, existing abbreviations …) is passed through untouched.
/// Scans UTF-8 bytes with `memchr`: `<` and `>` are ASCII and never occur inside a multi-byte
/// character, and every page of a site passes through here (a region's are 550 MB).
enum TextNodes {
    static let skipped: [[UInt8]] = ["script", "style", "code", "pre", "title", "abbr", "textarea", "svg"].map { Array($0.utf8) }

    /// Calls `transform` on every text run outside skipped elements, with the output to append to,
    /// and returns the rewritten HTML.
    static func rewrite(_ html: [UInt8], _ transform: (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Void) -> [UInt8] {
        rewrite(html, marker: nil, { _ in }, transform: transform)
    }

    /// The same, and every comment that starts with `marker` is handed to `onMarker` instead of being copied
    /// (`Typographer`'s territory marks).
    static func rewrite(
        _ html: [UInt8], marker: [UInt8]?, _ onMarker: (Slice<UnsafeBufferPointer<UInt8>>) -> Void,
        transform: (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Void
    ) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(html.count + html.count / 8)
        html.withUnsafeBufferPointer { bytes in
            scan(bytes, into: &output, marker: marker, onMarker, transform: transform)
        }
        return output
    }

    /// The loop of `rewrite`, with its state in locals that no closure captures: captured, each access
    /// to them was checked for exclusivity at run time, on every tag of every page.
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], marker: [UInt8]?,
        _ onMarker: (Slice<UnsafeBufferPointer<UInt8>>) -> Void, transform: (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Void
    ) {
        guard let base = bytes.baseAddress else { return }
        var open: [Int] = []
        let end = bytes.count
        var index = 0
        while index < end {
            guard let tagStart = find(UInt8(ascii: "<"), in: base, from: index, to: end) else {
                let run = UnsafeBufferPointer(rebasing: bytes[index..<end])
                if open.isEmpty { transform(run, &output) } else { output.append(contentsOf: run) }
                break
            }
            if tagStart > index {
                let run = UnsafeBufferPointer(rebasing: bytes[index..<tagStart])
                if open.isEmpty { transform(run, &output) } else { output.append(contentsOf: run) }
            }
            guard let tagEnd = find(UInt8(ascii: ">"), in: base, from: tagStart, to: end) else {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[tagStart...]))
                break
            }
            let afterTag = tagEnd + 1
            let tag = UnsafeBufferPointer(rebasing: bytes[tagStart..<afterTag])
            if let marker, tag.count > 2, tag[1] == UInt8(ascii: "!"), tag.starts(with: marker) || isClosing(tag, of: marker) {
                onMarker(tag[...])
                index = afterTag
                continue
            }
            output.append(contentsOf: tag)
            let name = nameBytes(tag)
            if tag.count > 1, tag[1] == UInt8(ascii: "/") {
                if let last = open.last, matches(name, skipped[last]) { open.removeLast() }
            } else if let skippedName = skippedIndex(name), tag[tag.count - 2] != UInt8(ascii: "/") {
                open.append(skippedName)
            }
            index = afterTag
        }
    }

    /// The position in `skipped` of a tag's name, chosen by its length first: every tag of a page asks.
    static func skippedIndex(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        func either(_ first: Int, _ second: Int) -> Int? {
            matches(name, skipped[first]) ? first : matches(name, skipped[second]) ? second : nil
        }
        switch name.count {
        case 3: return either(3, 7)
        case 4: return either(2, 5)
        case 5: return either(1, 4)
        case 6: return matches(name, skipped[0]) ? 0 : nil
        case 8: return matches(name, skipped[6]) ? 6 : nil
        default: return nil
        }
    }

    /// `<!--/name-->` for a marker `<!--name:`.
    private static func isClosing(_ tag: UnsafeBufferPointer<UInt8>, of marker: [UInt8]) -> Bool {
        let name = marker.dropFirst(4).dropLast()
        return tag.count == name.count + 8 && tag[4] == UInt8(ascii: "/") && tag.dropFirst(5).starts(with: name)
    }

    private static func find(_ byte: UInt8, in base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The letters and digits of a tag's name, as written (`<TD class>` → `TD`).
    static func nameBytes(_ tag: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var name = tag.dropFirst()
        if name.first == UInt8(ascii: "/") { name = name.dropFirst() }
        return name.prefix { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// Whether a tag's name is `lowercaseName`, in any case (names hold only letters and digits).
    static func matches(_ name: Slice<UnsafeBufferPointer<UInt8>>, _ lowercaseName: [UInt8]) -> Bool {
        guard name.count == lowercaseName.count else { return false }
        var position = name.startIndex
        for byte in lowercaseName {
            guard name[position] | 0x20 == byte else { return false }
            position += 1
        }
        return true
    }
}
