import KartaModel

/// The recursive-descent reader of domain model §3.2 over one cell's tokens.
///
/// Every production takes the position by `inout` and moves it only when it matches, so failed attempts
/// cost nothing to undo; loops are bounded, so the work is linear in the number of tokens.
struct DeadlineGrammar {
    let tokens: [DeadlineToken]
    let characters: [Character]
    /// The year for forms printed without one (the roadmap's first year, or the plan row's year).
    let defaultYear: Int?
    /// Productions read no token at or after this index.
    var limit: Int

    init(tokens: [DeadlineToken], characters: [Character], defaultYear: Int?, limit: Int? = nil) {
        self.tokens = tokens
        self.characters = characters
        self.defaultYear = defaultYear
        self.limit = limit ?? tokens.count
    }

    /// More pieces than any real cell has; keeps pathological input cheap.
    static let maximumAtoms = 32

    // MARK: Token tests

    func token(_ index: Int) -> DeadlineToken? {
        index >= 0 && index < limit ? tokens[index] : nil
    }

    func word(_ index: Int) -> String? {
        guard let token = token(index), token.kind == .word else { return nil }
        return token.text
    }

    func isWord(_ index: Int, _ text: String) -> Bool { word(index) == text }

    func isWord(_ index: Int, in set: Set<String>) -> Bool { word(index).map(set.contains) ?? false }

    func isSymbol(_ index: Int, _ text: String) -> Bool {
        guard let token = token(index) else { return false }
        return token.kind == .symbol && token.text == text
    }

    func isSymbol(_ index: Int, in set: Set<String>) -> Bool {
        guard let token = token(index) else { return false }
        return token.kind == .symbol && set.contains(token.text)
    }

    /// A number of `digits` digits.
    func number(_ index: Int, digits: ClosedRange<Int>) -> Int? {
        guard let token = token(index), token.kind == .number, digits.contains(token.text.count) else { return nil }
        return token.value
    }

    /// A four-digit year of this century (the grammar's `20\d\d`).
    func year(_ index: Int) -> Int? {
        guard let value = number(index, digits: 4...4), (2000...2099).contains(value) else { return nil }
        return value
    }

    func month(_ index: Int) -> Int? { word(index).flatMap(DeadlineLexicon.month) }

    /// True when nothing separates the token from the one before it («2019-01-27», not «2019 - 01»).
    func isGlued(_ index: Int) -> Bool {
        guard index > 0, index < tokens.count else { return false }
        return tokens[index - 1].end == tokens[index].start
    }

    /// Whether a year follows at `index`, looking past `limit`: «январь 2020» binds tighter than any split.
    func yearFollows(_ index: Int) -> Bool {
        var full = self
        full.limit = tokens.count
        return full.year(index) != nil || (full.isSymbol(index, ",") && full.year(index + 1) != nil)
    }

    /// The cell's text from token `range.lowerBound` to the end of token `range.upperBound - 1`, as printed.
    func verbatim(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return "" }
        return String(characters[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end])
    }

    /// Fills a missing year from `defaultYear`; the flag says whether it did.
    func inferred(_ year: Int?) -> (year: Int?, inferred: Bool) {
        if let year { return (year, false) }
        return (defaultYear, defaultYear != nil)
    }

    // MARK: Shared pieces

    /// Skips «г.», «гг.», «года» after a year.
    func skipYearWord(_ index: inout Int) {
        guard isWord(index, in: DeadlineLexicon.yearWords) else { return }
        index += 1
        if isSymbol(index, ".") {
            index += 1
            // «г.г.»
            if isWord(index, "г"), isGlued(index), isSymbol(index + 1, ".") { index += 2 }
        }
    }

    /// Skips the dot of an abbreviated month («сент.»).
    func skipAbbreviationDot(after monthIndex: Int, _ index: inout Int) {
        if let word = word(monthIndex), DeadlineLexicon.isMonthAbbreviation(word), isSymbol(index, "."), isGlued(index) {
            index += 1
        }
    }

    /// Word tokens from `index` until punctuation, a number or `stop`, at most `maximum` of them (hyphenated words count).
    func words(from index: Int, maximum: Int, stop: Set<String> = []) -> Int {
        var end = index
        var count = 0
        while count < maximum {
            if let word = word(end), !stop.contains(word) {
                end += 1
                count += 1
            } else if isSymbol(end, "-"), end > index, let next = word(end + 1), !stop.contains(next) {
                end += 2
                count += 1
            } else {
                break
            }
        }
        return end
    }

    /// A nested deadline for an atom: its own verbatim text and findings.
    func deadline(_ atom: DeadlineAtom) -> Deadline {
        Deadline(
            text: verbatim(atom.tokens), kind: atom.kind, warnings: atom.warnings, context: atom.context,
            isYearInferred: atom.isYearInferred
        )
    }

    // MARK: Atoms and sequences

    /// One piece of a cell, trying the productions from the most to the least specific.
    func atom(_ index: inout Int) -> DeadlineAtom? {
        let start = index
        for production in Self.productions {
            var end = start
            if var atom = production(self, &end), end > start {
                atom.tokens = start..<end
                index = end
                return atom
            }
        }
        return nil
    }

    /// Most specific first: «1 раз в 3 года» is a repeat before it is a day, «2 квартал» a quarter before a year,
    /// «2020/2021 учебный год» a school year before a span of years.
    private static let productions: [@Sendable (DeadlineGrammar, inout Int) -> DeadlineAtom?] = [
        { $0.unspecified(&$1) }, { $0.annual(&$1) }, { $0.recurring(&$1) }, { $0.continuous(&$1) }, { $0.during(&$1) },
        { $0.perSchedule(&$1) }, { $0.afterEvent(&$1) }, { $0.label(&$1) }, { $0.academicYear(&$1) }, { $0.exact(&$1) }, { $0.quarter(&$1) },
        { $0.yearAtom(&$1) }, { $0.monthAtom(&$1) },
    ]

    /// Pieces separated by «,» / «;» (or nothing), combined into one deadline: the longest run of pieces
    /// that combines wins, so «ежегодно Январь 2020» reads «ежегодно» and stops.
    func sequence(_ index: inout Int) -> DeadlineAtom? {
        var atoms: [(atom: DeadlineAtom, separated: Bool)] = []
        var position = index
        while atoms.count < Self.maximumAtoms {
            var next = position
            var separated = false
            if !atoms.isEmpty {
                if isSymbol(next, in: [",", ";"]) {
                    separated = true
                    next += 1
                }
                if isWord(next, in: ["и", "далее", "затем"]) {
                    separated = true
                    next += 1
                }
            }
            guard let atom = atom(&next) else { break }
            atoms.append((atom, separated))
            position = next
        }
        var count = atoms.count
        while count > 0 {
            if let combined = combine(Array(atoms.prefix(count))) {
                index = combined.tokens.upperBound
                return combined
            }
            count -= 1
        }
        return nil
    }

    /// The ways pieces combine in the seeds: one piece; years listed with commas; dated pieces (and a label)
    /// before «ежегодно»; a month printed without a year before «ежегодно» naming the month of the repeat.
    func combine(_ atoms: [(atom: DeadlineAtom, separated: Bool)]) -> DeadlineAtom? {
        guard let first = atoms.first, let last = atoms.last else { return nil }
        let span = first.atom.tokens.lowerBound..<last.atom.tokens.upperBound
        if atoms.count == 1 {
            return first.atom.label == nil ? first.atom : nil
        }
        // «2019, 2020»
        let years = atoms.compactMap { item -> Int? in
            if case .year(let year) = item.atom.kind, item.atom.label == nil { return year }
            return nil
        }
        if years.count == atoms.count, atoms.dropFirst().allSatisfy(\.separated) {
            return DeadlineAtom(
                kind: .years(years), warnings: atoms.flatMap(\.atom.warnings), tokens: span
            )
        }
        guard last.atom.label == nil, case .annual(var rule, let firsts) = last.atom.kind, firsts.isEmpty else { return nil }
        var before = atoms.dropLast().map(\.atom)
        let label = before.last?.label
        if label != nil { before.removeLast() }
        guard !before.isEmpty, before.allSatisfy(\.isDated) else { return nil }
        var warnings = last.atom.warnings
        // «Август ежегодно», «май - август ежегодно»: the month of the repeat, not a first occurrence.
        if label == nil, before.count == 1, !rule.hasMonth, yearless(before[0]) {
            let month = before[0]
            switch month.kind {
            case .month(let number, _):
                rule.month = number
            case .quarter(let number, _):
                rule.quarter = number
            case .range(let from, let to):
                rule.fromMonth = from.month
                rule.toMonth = to.month
            default:
                break
            }
            warnings = month.warnings + warnings
            return DeadlineAtom(
                kind: .annual(rule), warnings: warnings, context: last.atom.context,
                isYearInferred: last.atom.isYearInferred, tokens: span
            )
        }
        let occurrences = before.map(deadline)
        let inferred = last.atom.isYearInferred || before.contains(where: \.isYearInferred)
        if let label {
            rule.label = label
            return DeadlineAtom(
                kind: .onceThenAnnual(first: occurrences, then: rule), warnings: warnings,
                context: last.atom.context, isYearInferred: inferred, tokens: span
            )
        }
        return DeadlineAtom(
            kind: .annual(rule, first: occurrences), warnings: warnings, context: last.atom.context,
            isYearInferred: inferred, tokens: span
        )
    }

    /// A month, quarter or month range printed without a year (its year, if any, was only inferred).
    private func yearless(_ atom: DeadlineAtom) -> Bool {
        switch atom.kind {
        case .month(_, let year), .quarter(_, let year):
            return year == nil || atom.isYearInferred
        case .range(let from, let to):
            return from.day == nil && to.day == nil && from.month != nil && to.month != nil
                && ((from.year == nil && to.year == nil) || atom.isYearInferred)
        default:
            return false
        }
    }
}
