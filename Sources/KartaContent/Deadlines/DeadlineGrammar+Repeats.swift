import KartaModel

/// Undated pieces: «ежегодно» and its qualifiers, other repeats, «постоянно», «в течение …», schedules and events.
extension DeadlineGrammar {
    /// «?», «-», «не определено»: nobody decided.
    func unspecified(_ index: inout Int) -> DeadlineAtom? {
        var position = index
        if isSymbol(position, "?") {
            while isSymbol(position, "?") { position += 1 }
        } else if isSymbol(position, "-"), token(position + 1) == nil, position == 0 {
            position += 1
        } else if isWord(position, "не"), let word = word(position + 1),
                  word.hasPrefix("определен") || word.hasPrefix("установлен") {
            position += 2
        } else {
            return nil
        }
        index = position
        return DeadlineAtom(kind: .unspecified, tokens: index..<index)
    }

    /// «обновление», «пополнение:» before «ежегодно».
    func label(_ index: inout Int) -> DeadlineAtom? {
        guard let word = word(index), DeadlineLexicon.repeatLabels.contains(word) else { return nil }
        var position = index + 1
        if isSymbol(position, in: [":", "-"]) { position += 1 }
        index = position
        return DeadlineAtom(kind: .unparsed, label: word, tokens: index..<index)
    }

    // MARK: «ежегодно»

    /// «ежегодно» (or «каждый год», «раз в год», the typo «ежегодному») and the qualifiers after it.
    func annual(_ index: inout Int) -> DeadlineAtom? {
        var position = index
        var warnings: [String] = []
        let word = word(position) ?? ""
        if word == "ежегодно" {
            position += 1
        } else if word.hasPrefix("ежегодн") {
            warnings.append("'\(verbatim(position..<position + 1))' is a typo for 'ежегодно'")
            position += 1
        } else if word.hasPrefix("кажд"), isWord(position + 1, in: ["год", "года"]) {
            position += 2
        } else if let (times, next) = timesPhrase(position), times == 1, isWord(next, "в"), isWord(next + 1, "год") {
            position = next + 2
        } else {
            return nil
        }
        var rule = AnnualRule()
        var inferred = false
        for _ in 0..<12 {
            let before = position
            var next = position
            if isSymbol(next, ",") { next += 1 }
            guard qualifier(&next, &rule, &warnings, &inferred) else {
                position = before
                break
            }
            position = next
        }
        index = position
        return DeadlineAtom(kind: .annual(rule), warnings: warnings, isYearInferred: inferred, tokens: index..<index)
    }

    /// One qualifier of «ежегодно»; each field is filled once, so a second month ends the qualifiers.
    private func qualifier(_ index: inout Int, _ rule: inout AnnualRule, _ warnings: inout [String], _ inferred: inout Bool) -> Bool {
        let position = index
        var next = position
        // «(ноябрь)», «(февраль, сентябрь)»
        if isSymbol(position, "("), month(position + 1) != nil, !rule.hasMonth {
            next = position + 1
            var months: [Int] = []
            var range: (Int, Int)?
            while months.count < 12, let month = month(next) {
                months.append(month)
                next += 1
                skipAbbreviationDot(after: next - 1, &next)
                if isSymbol(next, "-"), let last = self.month(next + 1), months.count == 1 {
                    range = (month, last)
                    next += 2
                    break
                }
                if isSymbol(next, ",") || isWord(next, "и") { next += 1 } else { break }
            }
            if isSymbol(next, ")") {
                next += 1
            } else if token(next) != nil {
                return false
            }
            if let (first, last) = range {
                rule.fromMonth = first
                rule.toMonth = last
            } else if months.count == 1 {
                rule.month = months[0]
            } else {
                rule.months = months
            }
            index = next
            return true
        }
        // «декабрь», «октябрь-ноябрь», «май - август» (not «январь 2020», which is a dated piece)
        if isWord(next, in: ["в", "во"]), month(next + 1) != nil { next += 1 }
        if let first = month(next), !rule.hasMonth {
            next += 1
            skipAbbreviationDot(after: next - 1, &next)
            var last: Int?
            if isSymbol(next, "-") || isWord(next, in: ["по", "до"]), let printed = month(next + 1) {
                last = printed
                next += 2
                skipAbbreviationDot(after: next - 1, &next)
            }
            guard !yearFollows(next) else { return false }
            if let last {
                rule.fromMonth = first
                rule.toMonth = last
            } else {
                rule.month = first
            }
            index = next
            return true
        }
        next = position
        // «1 квартал»
        if isWord(next, in: ["в", "во"]) { next += 1 }
        if !rule.hasMonth, let quarter = quarterNumber(&next), isWord(next, in: DeadlineLexicon.quarterWords), !yearFollows(next + 1) {
            rule.quarter = quarter
            index = next + 1
            return true
        }
        next = position
        // «до 15 декабря»
        if isWord(next, "до"), rule.by == nil, let day = number(next + 1, digits: 1...2), let month = month(next + 2),
           Self.isValid(day: day, month: month, year: nil), !yearFollows(next + 3) {
            rule.by = AnnualDueDay(month: month, day: day)
            index = next + 3
            return true
        }
        // «с 1 квартала 2021 г.», «с сентября 2020», «с 2021 года»
        if isWord(next, in: ["с", "со", "начиная"]), rule.from == nil {
            next += isWord(next, "начиная") && isWord(next + 1, in: ["с", "со"]) ? 2 : 1
            var start = DeadlinePoint()
            if let quarter = quarterNumber(&next), isWord(next, in: DeadlineLexicon.quarterWords) {
                start.quarter = quarter
                next += 1
            } else if let month = month(next) {
                start.month = month
                next += 1
            }
            if let year = year(next) {
                start.year = year
                next += 1
                skipYearWord(&next)
            }
            if start != DeadlinePoint() {
                if start.year == nil {
                    let resolved = self.inferred(nil)
                    start.year = resolved.year
                    inferred = inferred || resolved.inferred
                }
                rule.from = start
                index = next
                return true
            }
            next = position
        }
        // «2020-2022 гг.»
        if isWord(next, in: ["в", "на"]) { next += 1 }
        if rule.years == nil, let first = year(next), isSymbol(next + 1, in: ["-", "/"]), let last = year(next + 2) {
            next += 3
            skipYearWord(&next)
            rule.years = YearSpan(from: first, to: last)
            index = next
            return true
        }
        next = position
        // «по итогам отчетного периода (до 01 марта года, следующего за отчетным)»
        if rule.basis == nil, basis(&next, &rule, &warnings) {
            index = next
            return true
        }
        next = position
        // «в соответствии с Планом-графиком», «по графику»
        if rule.scheduleRef == nil, let reference = scheduleReference(&next) {
            rule.scheduleRef = reference.reference
            index = next
            return true
        }
        return false
    }

    /// «по итогам отчетного периода» / «по итогам учебного года», with the due day in brackets when printed.
    private func basis(_ index: inout Int, _ rule: inout AnnualRule, _ warnings: inout [String]) -> Bool {
        guard isWord(index, "по"), isWord(index + 1, in: ["итогам", "результатам"]) else { return false }
        var position = index + 2
        let basis: DeadlineBasis
        if isWord(position, "учебного"), isWord(position + 1, in: ["года", "год"]) {
            basis = .academicYear
            position += 2
        } else if isWord(position, in: ["отчетного", "календарного"]), isWord(position + 1, in: ["периода", "года"]) {
            basis = .reportingPeriod
            position += 2
        } else if isWord(position, "года") {
            basis = .reportingPeriod
            position += 1
        } else {
            return false
        }
        var next = position
        let bracketed = isSymbol(next, "(")
        if bracketed { next += 1 }
        if isWord(next, "до") {
            if let day = number(next + 1, digits: 1...2), let month = month(next + 2), Self.isValid(day: day, month: month, year: nil) {
                next += 3
                var offset: Int?
                if isWord(next, in: ["года", "г"]) { next += 1 }
                if isSymbol(next, ","), isWord(next + 1, "следующего") {
                    next = words(from: next + 1, maximum: 4)
                    offset = 1
                }
                if bracketed {
                    if isSymbol(next, ")") {
                        next += 1
                    } else if token(next) != nil {
                        next = -1
                    }
                }
                if next >= 0 {
                    rule.by = AnnualDueDay(month: month, day: day, yearOffset: offset)
                    position = next
                }
            } else if token(next + 1) == nil {
                // The cell ends at «(до»: a page break cut it.
                warnings.append("cell truncated after '(до' (page break); the due date is lost")
                position = next + 1
            }
        }
        rule.basis = basis
        index = position
        return true
    }

    // MARK: Schedules

    /// «в соответствии с графиком проведения НИКО», «по плану - графику проведения ВОШ», «по плану Управления
    /// образования»: the schedule's reference and, when the schedule is a programme's, the programme.
    func scheduleReference(_ index: inout Int) -> (reference: ScheduleReference, programme: AssessmentProgramme?, named: Bool)? {
        var position = index
        if isWord(position, "в"), isWord(position + 1, "соответствии"), isWord(position + 2, in: ["с", "со"]) {
            position += 3
        } else if isWord(position, "согласно") || isWord(position, "по") {
            position += 1
        } else {
            return nil
        }
        guard let noun = word(position) else { return nil }
        let nounIndex = position
        var document: String
        if noun.hasPrefix("план"), noun.count <= 6 {
            position += 1
            if isSymbol(position, "-"), word(position + 1)?.hasPrefix("график") == true {
                position += 2
                document = "план-график"
            } else if word(position)?.hasPrefix("график") == true {
                position += 1
                document = "план-график"
            } else {
                document = "план"
            }
        } else if noun.hasPrefix("график"), noun.count <= 8 {
            position += 1
            document = "график"
        } else if noun.hasPrefix("календар") {
            position += 1
            document = "календарь"
        } else if noun.hasPrefix("расписани") {
            position += 1
            document = "расписание"
        } else {
            return nil
        }
        if let first = characters[tokens[nounIndex].start...].first, first.isUppercase {
            document = document.prefix(1).uppercased() + document.dropFirst()
        }
        var conducting = false
        if isWord(position, "проведения") {
            conducting = true
            position += 1
        }
        let whatStart = position
        position = words(from: position, maximum: 8, stop: ["ежегодно", "ежеквартально", "постоянно"])
        let programme = tokens[whatStart..<position].lazy.compactMap { DeadlineLexicon.programme($0.text) }.first
        index = position
        if let programme { return (.programme(programme), programme, true) }
        guard position > whatStart else { return (.document(document), nil, false) }
        let name = document + (conducting ? " проведения " : " ") + verbatim(whatStart..<position)
        return (.document(name), nil, true)
    }

    /// «в соответствии с графиком проведения НИКО», «в соответствии с графиком»; a schedule that is not a
    /// programme's but is named («по плану Управления образования») is kept as context.
    func perSchedule(_ index: inout Int) -> DeadlineAtom? {
        var position = index
        guard let found = scheduleReference(&position) else { return nil }
        index = position
        let context = found.programme == nil && found.named ? found.reference.name : nil
        return DeadlineAtom(kind: .perSchedule(found.programme), context: context, tokens: index..<index)
    }

    /// «по результатам участия»: after an event the activity text names.
    func afterEvent(_ index: inout Int) -> DeadlineAtom? {
        guard isWord(index, "по"), isWord(index + 1, in: ["результатам", "итогам"]) else { return nil }
        let end = words(from: index + 2, maximum: 10)
        guard end > index + 2 else { return nil }
        var event = verbatim(index + 2..<end)
        // «участия» → «участие»: the genitive of the one noun class the seeds use here.
        let firstWord = event.prefix { $0.isLetter }
        if firstWord.hasSuffix("ия") {
            event = String(firstWord.dropLast()) + "е" + event.dropFirst(firstWord.count)
        }
        index = end
        return DeadlineAtom(kind: .afterEvent(event), tokens: index..<index)
    }

    // MARK: Other repeats

    /// «постоянно», «на постоянной основе».
    func continuous(_ index: inout Int) -> DeadlineAtom? {
        var position = index
        if isWord(position, "постоянно") {
            position += 1
        } else if isWord(position, "на"), isWord(position + 1, "постоянной"), isWord(position + 2, "основе") {
            position += 3
        } else if isWord(position, "в"), isWord(position + 1, "постоянном"), isWord(position + 2, "режиме") {
            position += 3
        } else {
            return nil
        }
        index = position
        return DeadlineAtom(kind: .continuous, tokens: index..<index)
    }

    /// «в течение учебного года», «в течение всего периода [по плану мероприятий]».
    func during(_ index: inout Int) -> DeadlineAtom? {
        var position = index
        if isWord(position, "в"), isWord(position + 1, in: ["течение", "течении"]) {
            position += 2
        } else if isWord(position, "на"), isWord(position + 1, "протяжении") {
            position += 2
        } else if isWord(position, "весь") {
            position += 1
            if isWord(position, "период") {
                index = position + 1
                return DeadlineAtom(kind: .during(.planPeriod), tokens: index..<index)
            }
            guard isWord(position, "учебный"), isWord(position + 1, "год") else { return nil }
            index = position + 2
            return DeadlineAtom(kind: .during(.academicYear), tokens: index..<index)
        } else {
            return nil
        }
        let period: DeadlinePeriod
        if isWord(position, "учебного"), isWord(position + 1, "года") {
            period = .academicYear
            position += 2
        } else if isWord(position, "всего"), isWord(position + 1, in: ["периода", "срока"]) {
            period = .planPeriod
            position += 2
        } else if isWord(position, in: ["периода", "срока"]) {
            period = .planPeriod
            position += 1
        } else {
            return nil
        }
        if isWord(position, "реализации") { position = words(from: position, maximum: 3, stop: ["по", "в", "согласно"]) }
        var next = position
        if isSymbol(next, ",") { next += 1 }
        var reference: ScheduleReference?
        if let found = scheduleReference(&next) {
            reference = found.reference
            position = next
        }
        index = position
        return DeadlineAtom(kind: .during(period, scheduleRef: reference), tokens: index..<index)
    }

    /// «ежеквартально», «раз в квартал по плану …», «1 раз в 3 года для каждой образовательной организации»,
    /// «2 понедельник месяца».
    func recurring(_ index: inout Int) -> DeadlineAtom? {
        var position = index
        var recurrence = Recurrence()
        if let word = word(position), let unit = Self.adverbs[word] {
            recurrence.every = unit
            position += 1
        } else if let (times, next) = timesPhrase(position) {
            position = next
            guard isWord(position, in: ["в", "во"]) else { return nil }
            position += 1
            if let word = word(position), let unit = Self.unitNouns[word] {
                recurrence.every = unit
                if times > 1 { recurrence.times = times }
                position += 1
            } else if isWord(position, "год") {
                // «1 раз в год» is «ежегодно»; «2 раза в год» repeats within the year.
                guard times > 1 else { return nil }
                recurrence.times = times
                recurrence.everyYears = 1
                position += 1
            } else if let years = number(position, digits: 1...2) ?? word(position).flatMap(DeadlineLexicon.count), years > 0,
                      isWord(position + 1, in: ["год", "года", "лет"]) {
                recurrence.times = times
                recurrence.everyYears = years
                position += 2
            } else {
                return nil
            }
        } else if isWord(position, in: ["каждый", "каждую", "каждое"]), let word = word(position + 1), let unit = Self.unitNouns[word] {
            recurrence.every = unit
            position += 2
        } else {
            if isWord(position, in: ["каждый", "каждую", "каждое", "каждого"]) { position += 1 }
            guard let ordinal = ordinal(&position), let weekday = word(position).flatMap(DeadlineLexicon.weekday) else { return nil }
            position += 1
            if isWord(position, "каждого") { position += 1 }
            guard isWord(position, "месяца") else { return nil }
            position += 1
            recurrence.every = .month
            recurrence.ordinal = ordinal
            recurrence.weekday = weekday
        }
        if isWord(position, "для"), isWord(position + 1, in: ["каждой", "каждого", "всех"]) {
            let end = words(from: position + 2, maximum: 4, stop: ["по", "в", "согласно"])
            let scoped = tokens[position + 2..<end].contains { $0.text.hasPrefix("организац") || ["оо", "оу", "школы", "школ"].contains($0.text) }
            if scoped {
                recurrence.scope = .perOrganization
                position = end
            }
        }
        var next = position
        if isSymbol(next, ",") { next += 1 }
        if let found = scheduleReference(&next) {
            recurrence.scheduleRef = found.reference
            position = next
        }
        index = position
        return DeadlineAtom(kind: .recurring(recurrence), tokens: index..<index)
    }

    private static let adverbs: [String: RecurrenceUnit] = [
        "ежеквартально": .quarter, "ежемесячно": .month, "еженедельно": .week, "ежеполугодно": .halfYear,
    ]
    private static let unitNouns: [String: RecurrenceUnit] = [
        "квартал": .quarter, "месяц": .month, "неделю": .week, "полугодие": .halfYear, "полгода": .halfYear,
    ]

    /// «раз», «1 раз», «два раза»: how many times, and where the phrase ends.
    func timesPhrase(_ index: Int) -> (Int, Int)? {
        if isWord(index, "раз") { return (1, index + 1) }
        let times = number(index, digits: 1...2) ?? word(index).flatMap(DeadlineLexicon.count)
        guard let times, times > 0, isWord(index + 1, in: ["раз", "раза"]) else { return nil }
        return (times, index + 2)
    }

    /// «2», «2-й», «второй», «последний».
    private func ordinal(_ index: inout Int) -> Int? {
        if let value = number(index, digits: 1...1), (1...5).contains(value) {
            index += 1
            if isSymbol(index, "-"), isGlued(index), isWord(index + 1, in: DeadlineLexicon.ordinalEndings) { index += 2 }
            return value
        }
        if let value = word(index).flatMap(DeadlineLexicon.ordinal) {
            index += 1
            return value
        }
        return nil
    }
}
