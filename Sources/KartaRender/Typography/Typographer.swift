import KartaModel

/// Russian typography and abbreviation expansions for the text of a finished page.
///
/// Runs on text nodes only (see `TextNodes`), so markup, attributes and URLs in `href` are never
/// touched. The words stay the same: only quotes, spaces and range dashes change, and known
/// abbreviations get an `<abbr title="…">` around them. Works on Unicode scalars rather than
/// `Character`s: every page of a site passes through here, and grapheme breaking is slow.
///
/// Abbreviations are those of the page's territory (`TerritoryGlossaries`: the closest `glossary.yaml` up
/// the tree from the page's entity); a text a view marks with another territory (`mark(_:territory:)`, the
/// rows of a year page) is expanded through that territory's glossary.
public struct Typographer: Sendable {
    static let nbsp: Unicode.Scalar = "\u{00A0}"
    /// One glossary's matcher and the texts typeset with it: each distinct text is typeset once per
    /// glossary and typographer (that is, per build), whatever the pages. The same text in two territories
    /// may expand two ways, so the memo is the glossary's own.
    struct Territory: Sendable {
        let abbreviations: AbbreviationMatcher
        let memo = TypesetMemo()
    }

    private let glossaries: TerritoryGlossaries
    /// By the entity whose glossary it is ("" for the root glossary).
    private let territories: [String: Territory]

    public init(glossary: Glossary) {
        self.init(glossaries: TerritoryGlossaries(root: glossary))
    }

    public init(glossaries: TerritoryGlossaries) {
        self.glossaries = glossaries
        var territories: [String: Territory] = [:]
        for (owner, glossary) in glossaries.all { territories[owner ?? ""] = Territory(abbreviations: AbbreviationMatcher(glossary: glossary)) }
        self.territories = territories
    }

    /// The root glossary's matcher.
    var abbreviations: AbbreviationMatcher { territories[""]!.abbreviations }

    /// `entityID`: the entity the page belongs to, whose territory's glossary expands its abbreviations; nil
    /// for a page of the whole site (the root glossary).
    public func apply(toPage html: [UInt8], territory entityID: String? = nil) -> [UInt8] {
        let page = territories[glossaries.owner(of: entityID) ?? ""]!
        guard glossaries.isTerritorial else { return Self.apply(toPage: html, page) }
        // Marked texts are typeset with their own territory's glossary; the marks are left out.
        var stack: [Territory] = []
        return TypesetMemo.PageCache.with { cache in
            TextNodes.rewrite(html, marker: Self.markerPrefix) { mark in
                if mark.starts(with: Self.closingMarker) {
                    _ = stack.popLast()
                } else {
                    let owner = String(decoding: mark.dropFirst(Self.markerPrefix.count).dropLast(3), as: UTF8.self)
                    stack.append(territories[owner] ?? page)
                }
            } transform: { text, output in
                Self.typeset(text, with: stack.last ?? page, cache: cache, into: &output)
            }
        }
    }

    static func apply(toPage html: [UInt8], _ territory: Territory) -> [UInt8] {
        TypesetMemo.PageCache.with { cache in
            TextNodes.rewrite(html) { text, output in typeset(text, with: territory, cache: cache, into: &output) }
        }
    }

    static func typeset(_ text: UnsafeBufferPointer<UInt8>, with territory: Territory, cache: TypesetMemo.PageCache, into output: inout [UInt8]) {
        if text.allSatisfy(Self.isSpaceByte) {
            // Most runs are the line breaks and indentation between tags, which nothing changes.
            output.append(contentsOf: text)
            return
        }
        territory.memo.append(text, to: &output, cache: cache) { text in
            territory.abbreviations.wrap(Self.typeset(scalars: Self.scalars(of: text)))
        }
    }

    public func apply(toPage html: String, territory entityID: String? = nil) -> String {
        String(decoding: apply(toPage: Array(html.utf8), territory: entityID), as: UTF8.self)
    }

    /// `<!--karta-territory:ENTITY-->`: what follows, up to the closing mark, is typeset through the glossary
    /// of ENTITY (an owner of a glossary, as `TerritoryGlossaries.owner(of:)` names it; empty for the root's).
    static let markerPrefix = Array("<!--karta-territory:".utf8)
    static let closingMarker = Array("<!--/karta-territory-->".utf8)

    /// `html` marked to be typeset through the glossary of `owner` (nil: the root glossary).
    public static func mark(_ html: String, territory owner: String?) -> String {
        "<!--karta-territory:\(owner ?? "")-->" + html + "<!--/karta-territory-->"
    }

    static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// Quotes, non-breaking spaces and range dashes, applied word by word so a URL written in the
    /// text is left exactly as it is.
    static func typeset(scalars text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var scalars = decodeQuotes(text)
        quote(&scalars)
        var index = 0
        while index < scalars.count {
            var end = index
            while end < scalars.count, !isSpace(scalars[end]) { end += 1 }
            if !isURL(scalars[index..<end]) { dashRanges(&scalars, index..<end) }
            if end < scalars.count, scalars[end] == " ", bindsToNext(scalars[index..<end], next: end + 1 < scalars.count ? scalars[end + 1] : nil) {
                scalars[end] = nbsp
            }
            index = end + 1
        }
        return encodeQuotes(scalars)
    }

    /// The scalars of a page's text run, decoded from its bytes by the standard library's UTF-8 decoder. Runs
    /// are valid UTF-8 (pages are made of strings, and a run ends at an ASCII `<`); anything else goes through
    /// `String`'s repairing decoder, as it did before. Decoding through a `String` and its scalar view was a
    /// fifth of typesetting a run.
    static func scalars(of text: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var valid = true
        // Written in place: there are never more scalars than bytes.
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: text.count) { buffer, written in
            var bytes = text.makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&bytes) {
                case .scalarValue(let scalar):
                    buffer[written] = scalar
                    written += 1
                case .emptyInput:
                    return
                case .error:
                    valid = false
                    return
                }
            }
        }
        return valid ? scalars : Array(String(decoding: text, as: UTF8.self).unicodeScalars)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == nbsp
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // Latin and the Russian alphabet answered without the Unicode property tables, which were a
        // twentieth of a build; everything else asks them.
        // So are the punctuation of Russian text («», dashes, no-break spaces, №), none of it alphabetic.
        case 0x41...0x5A, 0x61...0x7A, 0x401, 0x410...0x44F, 0x451, 0xAA, 0xB5, 0xBA: true
        case 0...0xBF, 0x2000...0x206F, 0x2116: false
        default: scalar.properties.isAlphabetic
        }
    }
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x401, 0x410...0x42F: true
        case 0...0x40, 0x5B...0x7F, 0x430...0x44F, 0x451: false
        default: scalar.properties.isUppercase
        }
    }

    static let quoteEntity = Array("&quot;".unicodeScalars)

    /// `&quot;` (how the escaper writes a quote) becomes a plain quote for the quote pass.
    static func decodeQuotes(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains("&") else { return scalars }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", scalars[index...].starts(with: quoteEntity) {
                output.append("\"")
                index += quoteEntity.count
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return output
    }

    static func encodeQuotes(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains("\"") else { return scalars }
        return scalars.flatMap { $0 == "\"" ? quoteEntity : [$0] }
    }

    /// Straight double quotes become «ёлочки»: opening after a space, bracket or dash, closing otherwise.
    static func quote(_ scalars: inout [Unicode.Scalar]) {
        for index in scalars.indices where scalars[index] == "\"" {
            let previous: Unicode.Scalar = index > 0 ? scalars[index - 1] : " "
            scalars[index] = isSpace(previous) || "([«—–-/".unicodeScalars.contains(previous) ? "«" : "»"
        }
    }

    static func isURL(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let start = word.startIndex
        if word.count >= 4, word[start] == "w", word[start + 1] == "w", word[start + 2] == "w", word[start + 3] == "." { return true }
        // One pass for `@` and the first colon: every word of every new text asks.
        var colon: Int?
        for index in word.indices {
            let scalar = word[index]
            if scalar == "@" { return true }
            if scalar == ":", colon == nil { colon = index }
        }
        guard let colon else { return false }
        return word[colon...].starts(with: "://".unicodeScalars)
    }

    /// `2019-2021`, `8-11`, `18.01-04.02.2022`: a hyphen between digits is a range, written with an en dash.
    /// One hyphen between digits is a range («2019–2021»); more are a telephone number or a date («000-00-00»).
    static func dashRanges(_ scalars: inout [Unicode.Scalar], _ word: Range<Int>) {
        guard word.count >= 3, scalars[word].filter({ $0 == "-" }).count == 1 else { return }
        for index in (word.lowerBound + 1)..<(word.upperBound - 1)
        where scalars[index] == "-" && isDigit(scalars[index - 1]) && isDigit(scalars[index + 1]) {
            scalars[index] = "–"
        }
    }

    /// Whether the space after `word` must not break: after one-letter words («в», «и», «с»),
    /// «№», initials («О.А.»), and a four-digit year before «г.»/«гг.».
    static func bindsToNext(_ word: ArraySlice<Unicode.Scalar>, next: Unicode.Scalar?) -> Bool {
        guard let last = word.last else { return false }
        if word.count == 1 { return isLetter(last) || last == "№" }
        if next == "г", word.count == 4, word.allSatisfy(isDigit) { return true }
        guard last == ".", let next, isUpper(next) else { return false }
        // «О.А.»: letter-dot pairs, one to three of them, capital letters only.
        let pairs = word.count / 2
        guard word.count % 2 == 0, (1...3).contains(pairs) else { return false }
        return stride(from: word.startIndex, to: word.endIndex, by: 2).allSatisfy { isUpper(word[$0]) && word[$0 + 1] == "." }
    }
}
