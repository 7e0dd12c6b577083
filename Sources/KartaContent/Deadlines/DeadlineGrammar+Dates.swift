import KartaModel

/// Dated pieces: exact days and day ranges, months and month ranges, quarters, years.
extension DeadlineGrammar {
    /// `DD.MM[.YYYY]`, `D MONTH [YEAR]` or ISO `YYYY-MM-DD`; nil for a day the calendar does not have.
    func point(_ index: inout Int) -> DeadlinePoint? {
        var position = index
        if let year = year(position), isSymbol(position + 1, "-"), isGlued(position + 1),
           let month = number(position + 2, digits: 1...2), isGlued(position + 2), isSymbol(position + 3, "-"),
           isGlued(position + 3), let day = number(position + 4, digits: 1...2), isGlued(position + 4),
           let date = CalendarDate(year: year, month: month, day: day) {
            index = position + 5
            return DeadlinePoint(date)
        }
        guard let day = number(position, digits: 1...2) else { return nil }
        var month: Int
        var year: Int?
        if isSymbol(position + 1, "."), let printed = number(position + 2, digits: 1...2) {
            month = printed
            position += 3
            if isSymbol(position, "."), let printed = self.year(position + 1) {
                year = printed
                position += 2
                skipYearWord(&position)
            } else if isSymbol(position, "."), isGlued(position + 1), let short = number(position + 1, digits: 2...2) {
                year = 2000 + short
                position += 2
            }
        } else if let named = self.month(position + 1) {
            month = named
            position += 2
            skipAbbreviationDot(after: position - 1, &position)
            if let printed = self.year(position) {
                year = printed
                position += 1
                skipYearWord(&position)
            }
        } else {
            return nil
        }
        guard Self.isValid(day: day, month: month, year: year) else { return nil }
        index = position
        return DeadlinePoint(year: year, month: month, day: day)
    }

    /// Whether the day exists (any year when the year is unknown, so 29 February passes).
    static func isValid(day: Int, month: Int, year: Int?) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= CalendarDate.daysIn(month: month, year: year ?? 2000)
    }

    /// «до 01.03.2022», «с 07 октября 2019», «15 ноября 2019», «18.01-04.02.2022», «02-04.02.2022»,
    /// with milestones after the main date.
    func exact(_ index: inout Int) -> DeadlineAtom? {
        enum Prefix { case none, by, from }
        var position = index
        var prefix = Prefix.none
        if isWord(position, in: ["до", "к", "по"]) {
            prefix = .by
            position += 1
        } else if isWord(position, "не"), isWord(position + 1, in: ["позднее", "позже"]) {
            prefix = .by
            position += 2
        } else if isWord(position, in: ["с", "со"]) {
            prefix = .from
            position += 1
        } else if isWord(position, "начиная"), isWord(position + 1, in: ["с", "со"]) {
            prefix = .from
            position += 2
        }
        var first: DeadlinePoint?
        var bareDay: Int?
        if let point = point(&position) {
            first = point
        } else if let day = number(position, digits: 1...2), isSymbol(position + 1, "-") || isWord(position + 1, in: ["по", "до"]) {
            bareDay = day
            position += 1
        } else {
            return nil
        }
        if prefix != .by, isSymbol(position, "-") || isWord(position, in: ["по", "до"]) {
            var next = position + 1
            if let last = point(&next) {
                var from = first ?? DeadlinePoint(day: bareDay)
                if from.month == nil { from.month = last.month }
                var to = last
                let inferred = fillYears(&from, &to, mayInfer: true)
                guard let day = from.day, let month = from.month, Self.isValid(day: day, month: month, year: from.year)
                else { return nil }
                index = next
                return DeadlineAtom(kind: .range(from: from, to: to), isYearInferred: inferred, tokens: index..<index)
            }
        }
        guard var main = first else { return nil }
        let (year, inferred) = self.inferred(main.year)
        main.year = year
        var milestones: [DeadlineMilestone] = []
        while milestones.count < 8 {
            var next = position
            let labelEnd = words(from: next, maximum: 8)
            guard labelEnd > next else { break }
            next = labelEnd
            if isSymbol(next, in: [":", "-"]) { next += 1 }
            guard var date = point(&next) else { break }
            if date.year == nil { date.year = main.year }
            milestones.append(DeadlineMilestone(label: verbatim(position..<labelEnd), date: date))
            position = next
        }
        index = position
        let kind: DeadlineKind = switch prefix {
        case .none: .date(main, milestones: milestones)
        case .by: .by(main, milestones: milestones)
        case .from: .from(main, milestones: milestones)
        }
        return DeadlineAtom(kind: kind, isYearInferred: inferred, tokens: index..<index)
    }

    /// Completes the years of a range from each other (a range printed once with its year: «октябрь-ноябрь 2022»),
    /// stepping back a year when the range crosses New Year; else, if `mayInfer`, from `defaultYear`.
    /// Returns whether the years were inferred.
    func fillYears(_ from: inout DeadlinePoint, _ to: inout DeadlinePoint, mayInfer: Bool) -> Bool {
        let wraps: Bool = {
            guard let first = from.firstMonth, let last = to.firstMonth else { return false }
            return first > last
        }()
        if from.year == nil, let year = to.year {
            from.year = wraps ? year - 1 : year
        } else if to.year == nil, let year = from.year {
            to.year = wraps ? year + 1 : year
        } else if from.year == nil, to.year == nil, mayInfer, let year = defaultYear {
            from.year = year
            to.year = wraps ? year + 1 : year
            return true
        }
        return false
    }

    /// A year printed after a month: «Март 2019 г.», «октябрь, 2020», the ISO artefact «Июль 2019-01-27», or the
    /// truncated «Август 201». `truncated` is set when a year was printed but is unreadable.
    func yearAfterMonth(_ index: inout Int, warnings: inout [String], truncated: inout Bool) -> Int? {
        var position = index
        if isSymbol(position, ","), year(position + 1) != nil { position += 1 }
        if let year = year(position) {
            position += 1
            if isSymbol(position, "-"), isGlued(position), number(position + 1, digits: 1...2) != nil, isGlued(position + 1),
               isSymbol(position + 2, "-"), isGlued(position + 2), number(position + 3, digits: 1...2) != nil, isGlued(position + 3) {
                warnings.append("garbage ISO date '\(verbatim(position - 1..<position + 4))' (spreadsheet auto-format artefact)")
                position += 4
            }
            skipYearWord(&position)
            index = position
            return year
        }
        if let token = token(position), token.kind == .number, token.text.count == 3, token.text.hasPrefix("20") {
            warnings.append("truncated year '\(token.text)'; year left unknown")
            truncated = true
            index = position + 1
        }
        return nil
    }

    /// «Январь 2020», «Апрель», «в сентябре 2020», «октябрь -декабрь 2020 г.», «январь 2021г.-июнь 2022 г.».
    func monthAtom(_ index: inout Int) -> DeadlineAtom? {
        var position = index
        var isStart = false
        if isWord(position, in: ["в", "во", "на"]), month(position + 1) != nil {
            position += 1
        } else if isWord(position, in: ["с", "со"]), month(position + 1) != nil {
            position += 1
            isStart = true
        }
        if let season = word(position).flatMap(DeadlineLexicon.season) {
            return seasonAtom(season, at: position, &index)
        }
        guard let firstMonth = month(position) else { return nil }
        position += 1
        skipAbbreviationDot(after: position - 1, &position)
        var warnings: [String] = []
        var truncated = false
        let firstYear = yearAfterMonth(&position, warnings: &warnings, truncated: &truncated)
        var next = position
        if isSymbol(next, "-") || isWord(next, in: ["по", "до"]), let lastMonth = month(next + 1) {
            next += 2
            skipAbbreviationDot(after: next - 1, &next)
            let lastYear = yearAfterMonth(&next, warnings: &warnings, truncated: &truncated)
            var from = DeadlinePoint(year: firstYear, month: firstMonth)
            var to = DeadlinePoint(year: lastYear, month: lastMonth)
            let inferred = fillYears(&from, &to, mayInfer: !truncated)
            index = next
            return DeadlineAtom(
                kind: .range(from: from, to: to), warnings: warnings, isYearInferred: inferred, tokens: index..<index
            )
        }
        let (year, inferred) = truncated ? (nil, false) : self.inferred(firstYear)
        index = position
        if isStart {
            return DeadlineAtom(
                kind: .from(DeadlinePoint(year: year, month: firstMonth)), warnings: warnings, isYearInferred: inferred,
                tokens: index..<index
            )
        }
        return DeadlineAtom(kind: .month(firstMonth, year: year), warnings: warnings, isYearInferred: inferred, tokens: index..<index)
    }

    /// «лето 2019»: the season's months as a range, the year printed or inferred.
    private func seasonAtom(_ season: (first: Int, last: Int), at start: Int, _ index: inout Int) -> DeadlineAtom? {
        var position = start + 1
        let (resolved, inferred) = self.inferred(trailingYear(&position))
        index = position
        let range = DeadlineKind.range(from: DeadlinePoint(year: resolved, month: season.first), to: DeadlinePoint(year: resolved, month: season.last))
        return DeadlineAtom(kind: range, isYearInferred: inferred, tokens: index..<index)
    }

    /// The year printed at `position` after a season or a quarter («2019», «, 2019 г.»), consumed; nil when none is.
    func trailingYear(_ position: inout Int) -> Int? {
        if isSymbol(position, ","), year(position + 1) != nil { position += 1 }
        guard let printed = year(position) else { return nil }
        position += 1
        skipYearWord(&position)
        return printed
    }

    /// A quarter number: «1», «1-й», «II».
    func quarterNumber(_ index: inout Int) -> Int? {
        if let value = number(index, digits: 1...2), (1...4).contains(value) {
            index += 1
            if isSymbol(index, "-"), isGlued(index), isWord(index + 1, in: DeadlineLexicon.ordinalEndings) { index += 2 }
            return value
        }
        if let word = word(index), let value = DeadlineLexicon.romanNumbers[word] {
            index += 1
            return value
        }
        return nil
    }

    /// «2 квартал 2020», «1 – 2 квартал 2019», «в 1 квартале», «1 полугодие 2021» (two quarters).
    func quarter(_ index: inout Int) -> DeadlineAtom? {
        var position = index
        if isWord(position, in: ["в", "во"]) { position += 1 }
        guard let first = quarterNumber(&position) else { return nil }
        var last: Int?
        if isSymbol(position, "-") || isWord(position, "и") {
            var next = position + 1
            // «1 и 2 квартал» is a range only when the quarters are adjacent.
            if let value = quarterNumber(&next), isWord(position, "и") ? value == first + 1 : value >= first {
                last = value
                position = next
            }
        }
        var (from, to) = (first, last)
        if isWord(position, in: DeadlineLexicon.quarterWords) {
            position += 1
            if isSymbol(position, "."), isGlued(position), tokens[position - 1].text == "кв" { position += 1 }
        } else if isWord(position, in: DeadlineLexicon.halfYearWords), first <= 2, (last ?? first) <= 2 {
            position += 1
            from = first * 2 - 1
            to = (last ?? first) * 2
        } else {
            return nil
        }
        let (resolved, inferred) = self.inferred(trailingYear(&position))
        index = position
        if let to, to != from {
            let range = DeadlineKind.range(from: DeadlinePoint(year: resolved, quarter: from), to: DeadlinePoint(year: resolved, quarter: to))
            return DeadlineAtom(kind: range, isYearInferred: inferred, tokens: index..<index)
        }
        return DeadlineAtom(kind: .quarter(from, year: resolved), isYearInferred: inferred, tokens: index..<index)
    }

    /// «2019», «2022 г.», «2020-2022 гг.», «2019/2020», «в 2020 году», «в течение 2021 года».
    func yearAtom(_ index: inout Int) -> DeadlineAtom? {
        var position = index
        if isWord(position, in: ["в", "во"]), year(position + 1) != nil {
            position += 1
        } else if isWord(position, "в"), isWord(position + 1, in: ["течение", "течении"]), year(position + 2) != nil {
            position += 2
        }
        guard let first = year(position) else { return nil }
        position += 1
        skipYearWord(&position)
        if isSymbol(position, in: ["-", "/"]), let last = year(position + 1) {
            position += 2
            skipYearWord(&position)
            index = position
            let warnings = first > last ? ["year range '\(first)-\(last)' printed backwards"] : []
            return DeadlineAtom(kind: .yearRange(YearSpan(from: first, to: last)), warnings: warnings, tokens: index..<index)
        }
        index = position
        return DeadlineAtom(kind: .year(first), tokens: index..<index)
    }
}
