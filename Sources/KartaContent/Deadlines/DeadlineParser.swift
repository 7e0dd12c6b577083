import KartaModel

/// Reads a «Сроки» cell into a `Deadline` (domain model §3.2–3.5).
///
/// The reading is tolerant by design, because the seeds are PDF and spreadsheet exports: case, spacing,
/// dash style and «г.»/«гг.» do not matter; typos and export artefacts are repaired with a warning; text
/// after a readable deadline becomes `context`; nothing readable at all is kept as `.unparsed`. The printed
/// text is always kept, and the work is bounded on any input (no regular expressions, capped look-ahead).
public enum DeadlineParser {
    /// Parses one cell. `defaultYear` (the roadmap's first year or the plan row's year) stands in for a year
    /// the cell does not print («Апрель»), and such deadlines are marked `isYearInferred`; with nil the year stays nil.
    ///
    /// A cell of several lines or `<p>` paragraphs that does not read as one deadline, but whose every
    /// line does, is `.perItem`: one deadline per sub-item of the activity.
    public static func parse(_ text: String, defaultYear: Int?) -> Deadline {
        var deadline = parseCell(text, defaultYear: defaultYear)
        deadline.text = text
        return deadline
    }

    /// More lines than a cell aligned with sub-items ever has; beyond it a cell is read as one text.
    static let maximumItems = 64
    /// Splitting a one-line cell into per-item parts tries every split, so only short cells are tried.
    static let maximumTokensToSplit = 40

    private static func parseCell(_ text: String, defaultYear: Int?) -> Deadline {
        let parts = DeadlineParser.parts(of: text)
        guard parts.count >= 2 else { return parsePart(parts.first ?? "", defaultYear: defaultYear) }
        let joined = parts.joined(separator: " ")
        // «Август» / «ежегодно» on two lines is one deadline.
        if let whole = strictly(joined, defaultYear: defaultYear) { return whole }
        if parts.count <= maximumItems {
            // A «?» line is an undecided sub-item; at least one line must say something.
            let items = parts.map { parsePart($0, defaultYear: defaultYear) }
            if items.allSatisfy({ $0.isReadable || $0.kind == .unspecified }), items.contains(where: \.isReadable) {
                return perItem(items, text: text)
            }
        }
        return parsePart(joined, defaultYear: defaultYear)
    }

    /// The whole text as one deadline with nothing left over, or nil.
    private static func strictly(_ text: String, defaultYear: Int?) -> Deadline? {
        let characters = Array(text)
        let grammar = DeadlineGrammar(tokens: DeadlineToken.tokenize(characters), characters: characters, defaultYear: defaultYear)
        let range = unwrapped(grammar)
        guard !range.isEmpty, let atom = strict(grammar, range, trailing: true) else { return nil }
        return grammar.deadline(atom)
    }

    /// One line of a cell, tried in order: a known artefact; the whole line as one deadline; a truncated fragment;
    /// values printed side by side («2019 2020»); activity text spilled into the column; a deadline followed by a
    /// note; nothing (`.unparsed`).
    static func parsePart(_ text: String, defaultYear: Int?) -> Deadline {
        let characters = Array(text)
        let tokens = DeadlineToken.tokenize(characters)
        if let repaired = repairKnownArtefact(text, tokens: tokens, defaultYear: defaultYear) { return repaired }
        let grammar = DeadlineGrammar(tokens: tokens, characters: characters, defaultYear: defaultYear)
        let range = unwrapped(grammar)
        guard !range.isEmpty else { return Deadline(text: text, kind: .unspecified) }
        if let atom = strict(grammar, range, trailing: true) { return grammar.deadline(atom) }
        if let fragment = truncatedFragment(grammar, range) { return fragment }
        if range.count <= maximumTokensToSplit, let items = sideBySide(grammar, range) {
            return perItem(items.map(grammar.deadline), text: text)
        }
        if let atom = afterActivityText(grammar, range) { return grammar.deadline(atom) }
        if let atom = withTrailingNote(grammar, range) { return grammar.deadline(atom) }
        return .unparsed(text)
    }

    /// The tokens inside brackets that wrap the whole cell, as inline deadlines are printed: «(Январь 2020, ММЦ)».
    private static func unwrapped(_ grammar: DeadlineGrammar) -> Range<Int> {
        let tokens = grammar.tokens
        guard let first = tokens.first, first.kind == .symbol, first.text == "(" else { return 0..<tokens.count }
        let closings = tokens.indices.filter { tokens[$0].kind == .symbol && tokens[$0].text == ")" }
        let openings = tokens.indices.filter { tokens[$0].kind == .symbol && tokens[$0].text == "(" }
        if closings == [tokens.count - 1], openings == [0] { return 1..<tokens.count - 1 }
        if closings.isEmpty, openings == [0] { return 1..<tokens.count }
        return 0..<tokens.count
    }

    /// A deadline covering exactly `range`; with `trailing`, a final bracketed note and stray final punctuation are allowed.
    static func strict(_ grammar: DeadlineGrammar, _ range: Range<Int>, trailing: Bool) -> DeadlineAtom? {
        var bounded = grammar
        bounded.limit = range.upperBound
        var position = range.lowerBound
        guard var atom = bounded.sequence(&position) else { return nil }
        if trailing {
            if position < range.upperBound, bounded.isSymbol(position, "(") {
                let closed = position < range.upperBound - 1 && bounded.isSymbol(range.upperBound - 1, ")")
                let inner = position + 1..<(closed ? range.upperBound - 1 : range.upperBound)
                if !inner.contains(where: { bounded.isSymbol($0, ")") || bounded.isSymbol($0, "(") }) {
                    atom.context = joined(atom.context, trimmed(bounded.verbatim(inner)))
                    position = range.upperBound
                }
            }
            while position < range.upperBound, bounded.isSymbol(position, in: [".", ",", ";"]) { position += 1 }
        }
        return position == range.upperBound ? atom : nil
    }

    /// «2019 2020», «ежегодно Январь 2020»: values for successive sub-items printed on one line (the export
    /// joined the cell's paragraphs). Splits only at spaces, into self-contained values (not «по результатам …»,
    /// which reads as a note); longer first parts are tried first.
    private static func sideBySide(_ grammar: DeadlineGrammar, _ range: Range<Int>) -> [DeadlineAtom]? {
        var dead = Set<Int>()
        func split(from start: Int) -> [DeadlineAtom]? {
            if start == range.upperBound { return [] }
            if dead.contains(start) { return nil }
            var end = range.upperBound
            while end > start {
                if end == range.upperBound || !grammar.isGlued(end),
                   let atom = strict(grammar, start..<end, trailing: false), isValue(atom.kind), let rest = split(from: end) {
                    return [atom] + rest
                }
                end -= 1
            }
            dead.insert(start)
            return nil
        }
        guard let items = split(from: range.lowerBound), items.count >= 2 else { return nil }
        return items
    }

    /// Kinds that stand alone as one sub-item's value in a side-by-side cell.
    private static func isValue(_ kind: DeadlineKind) -> Bool {
        switch kind {
        case .date, .by, .from, .range, .month, .quarter, .year, .yearRange, .academicYear, .annual, .continuous, .unspecified: true
        default: false
        }
    }

    /// «работы по ежегодному по итогам …»: a few words of the activity shifted into the column before the deadline.
    private static func afterActivityText(_ grammar: DeadlineGrammar, _ range: Range<Int>) -> DeadlineAtom? {
        guard let first = grammar.word(range.lowerBound), !isDeadlineWord(first) else { return nil }
        for skipped in 1...4 {
            let start = range.lowerBound + skipped
            guard start < range.upperBound, grammar.word(start - 1) != nil else { return nil }
            if var atom = strict(grammar, start..<range.upperBound, trailing: true) {
                let words = grammar.verbatim(range.lowerBound..<start)
                atom.warnings.insert("leading '\(words)' belongs to the activity text (column shift)", at: 0)
                return atom
            }
        }
        return nil
    }

    /// «Январь 2020, ММЦ», «1 квартал 2019 г., УМО»: a deadline, then the responsible bodies or another note.
    private static func withTrailingNote(_ grammar: DeadlineGrammar, _ range: Range<Int>) -> DeadlineAtom? {
        var bounded = grammar
        bounded.limit = range.upperBound
        var position = range.lowerBound
        guard var atom = bounded.sequence(&position), position < range.upperBound else { return nil }
        while position < range.upperBound, bounded.isSymbol(position, in: [",", ";", ":", "-", "."]) { position += 1 }
        var note = position..<range.upperBound
        if note.count >= 2, bounded.isSymbol(note.lowerBound, "("), bounded.isSymbol(note.upperBound - 1, ")") {
            note = note.lowerBound + 1..<note.upperBound - 1
        }
        atom.context = joined(atom.context, trimmed(bounded.verbatim(note)))
        return atom
    }

    /// Whether a word belongs to the deadline grammar, so it cannot be activity text spilled into the column.
    static func isDeadlineWord(_ word: String) -> Bool {
        DeadlineLexicon.month(word) != nil || DeadlineLexicon.season(word) != nil || word.hasPrefix("ежегодн") || DeadlineLexicon.functionWords.contains(word)
            || DeadlineLexicon.repeatLabels.contains(word)
    }

    private static func perItem(_ items: [Deadline], text: String) -> Deadline {
        Deadline(text: text, kind: .perItem(items), isYearInferred: items.contains(where: \.isYearInferred))
    }

    static func joined(_ first: String?, _ second: String) -> String? {
        guard !second.isEmpty else { return first }
        guard let first, !first.isEmpty else { return second }
        return first + "; " + second
    }

    static func trimmed(_ text: String) -> String {
        let characters = Array(text)
        guard let start = characters.firstIndex(where: { !$0.isWhitespace }),
              let end = characters.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(characters[start...end])
    }
}

extension Deadline {
    /// Whether the parser understood the text as some deadline (not empty, «?» or unreadable).
    var isReadable: Bool {
        switch kind {
        case .unspecified, .unparsed: false
        default: true
        }
    }
}
