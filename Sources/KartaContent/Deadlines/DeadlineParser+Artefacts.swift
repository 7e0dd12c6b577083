import KartaModel

/// Export artefacts of domain model §3.5 that need more than the grammar: cells cut by page breaks, and the
/// line and paragraph structure of cells whose values align with sub-items.
extension DeadlineParser {
    /// Cells a page break cut whose lost tail is known from the seeds, keyed by their tokens: the tail was printed
    /// in the activity column of the continuation row (004, low-results roadmap, row 18).
    static let knownTails: [String: String] = [
        "ежегодно по итогам отчетного периода ( до": "01 марта года, следующего за отчетным) 2020-2022 гг.",
    ]

    /// The cell read with its known tail put back, with a warning saying so.
    static func repairKnownArtefact(_ text: String, tokens: [DeadlineToken], defaultYear: Int?) -> Deadline? {
        guard tokens.count <= 16, let tail = knownTails[tokens.map(\.text).joined(separator: " ")] else { return nil }
        var repaired = parsePart(text + " " + tail, defaultYear: defaultYear)
        repaired.text = text
        repaired.warnings.insert("cell split by page break; tail '\(tail)' landed in the activity column", at: 0)
        return repaired
    }

    /// «квартал», «периода»: the last word of a deadline cut off by a page break.
    static func truncatedFragment(_ grammar: DeadlineGrammar, _ range: Range<Int>) -> Deadline? {
        let tokens = grammar.tokens[range]
        guard tokens.allSatisfy({ $0.kind == .word || ($0.kind == .symbol && $0.text == ".") }) else { return nil }
        let words = tokens.filter { $0.kind == .word }.map(\.text)
        let text = grammar.verbatim(range)
        switch words.joined(separator: " ") {
        case "периода", "всего периода":
            return Deadline(text: text, kind: .during(.planPeriod), warnings: ["truncated 'в течение всего периода' (page break)"])
        case "учебного года":
            return Deadline(text: text, kind: .during(.academicYear), warnings: ["truncated 'в течение учебного года' (page break)"])
        default:
            // One word only: longer runs of such words («в течение года») are wording the grammar lacks, not a cut.
            guard words.count == 1, DeadlineLexicon.functionWords.contains(words[0]) else { return nil }
            return .unparsed(text, warnings: ["truncated cell (page break); original wording lost"])
        }
    }

    /// The cell's lines and `<p>`/`<br>`/`<li>` paragraphs, trimmed, empty ones dropped; other tags are removed.
    static func parts(of text: String) -> [String] {
        var parts: [String] = []
        var current: [Character] = []
        func flush() {
            let part = trimmed(String(current))
            if !part.isEmpty { parts.append(part) }
            current.removeAll()
        }
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isNewline {
                flush()
                index += 1
            } else if character == "<", let (end, isBlock) = tag(in: characters, at: index) {
                if isBlock { flush() }
                index = end + 1
            } else {
                current.append(character)
                index += 1
            }
        }
        flush()
        return parts
    }

    /// An HTML tag such as `<p>`, `</p>`, `<br/>` starting at `index`: where it ends and whether it breaks the line.
    /// Anything else that starts with «<» is text.
    private static func tag(in characters: [Character], at index: Int) -> (end: Int, isBlock: Bool)? {
        let limit = min(characters.count, index + 12)
        guard let end = (index + 1..<limit).first(where: { characters[$0] == ">" }) else { return nil }
        var name = String(characters[index + 1..<end]).lowercased()
        if name.hasPrefix("/") { name.removeFirst() }
        if name.hasSuffix("/") { name.removeLast() }
        name = trimmed(name)
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return (end, blockTags.contains(name))
    }

    private static let blockTags: Set<String> = ["p", "br", "li", "ul", "ol", "div", "tr", "td"]
}
