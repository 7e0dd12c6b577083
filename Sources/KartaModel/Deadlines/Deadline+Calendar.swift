/// Where a deadline falls in the calendar, for year columns, timelines and sorting.
///
/// Kinds that happen «whenever within the plan» (annual, recurring, continuous, during, per-schedule,
/// after-event) fall in every year of the roadmap's period; nothing can be said about them without one.
extension Deadline {
    /// The years the activity falls due in, ascending and without repeats; empty when unknown.
    public func years(in period: Period?) -> [Int] {
        let planYears = period.map { Array($0.years) } ?? []
        var result: [Int]
        switch kind {
        case .date(let point, let milestones), .by(let point, let milestones), .from(let point, let milestones):
            result = ([point] + milestones.map(\.date)).compactMap(\.year)
        case .range(let from, let to):
            guard let first = from.year ?? to.year, let last = to.year ?? from.year else { return [] }
            result = Array(min(first, last)...max(first, last))
        case .month(_, let year), .quarter(_, let year):
            result = year.map { [$0] } ?? []
        case .year(let year):
            result = [year]
        case .years(let years):
            result = years
        case .yearRange(let span):
            result = span.years
        case .academicYear(let academic):
            result = academic.years
        case .annual(let rule, let first):
            result = rule.years(in: period) + first.flatMap { $0.years(in: period) }
        case .onceThenAnnual(let first, let then):
            result = then.years(in: period) + first.flatMap { $0.years(in: period) }
        case .recurring, .continuous, .during, .perSchedule, .afterEvent:
            result = planYears
        case .perItem(let items):
            result = items.flatMap { $0.years(in: period) }
        case .unspecified, .unparsed:
            result = []
        }
        return Self.sortedDistinct(result)
    }

    /// Ascending, without repeats: what `Array(Set(values)).sorted()` gives, without a set (every activity row of a
    /// year page asks for its months, and each asks for the years).
    static func sortedDistinct(_ values: [Int]) -> [Int] {
        guard values.count > 1 else { return values }
        var sorted = values.sorted()
        var kept = 1
        for index in 1..<sorted.count where sorted[index] != sorted[kept - 1] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// The months 1…12 of `months`, ascending and without repeats, as a bit mask (bit `m` for month `m`).
    static func monthMask<Months: Sequence<Int>>(_ months: Months) -> UInt16 {
        var mask: UInt16 = 0
        for month in months where (1...12).contains(month) { mask |= 1 << month }
        return mask
    }

    /// The months of a `monthMask`, ascending.
    static func months(of mask: UInt16) -> [Int] {
        (1...12).filter { mask & (1 << $0) != 0 }
    }

    /// The months of `year` the activity falls due in, ascending, for a timeline. Empty means «some time in
    /// the year» when `year` is one of `years(in:)` (a bare year, «ежегодно» without a month), and «not this
    /// year» otherwise.
    public func months(in year: Int, period: Period?) -> [Int] {
        guard years(in: period).contains(year) else { return [] }
        var result: [Int]
        switch kind {
        case .date(let point, let milestones), .by(let point, let milestones), .from(let point, let milestones):
            result = ([point] + milestones.map(\.date)).filter { $0.year == year }.compactMap(\.month)
        case .range(let from, let to):
            result = Self.months(in: year, from: from, to: to)
        case .month(let month, _):
            result = [month]
        case .quarter(let quarter, _):
            result = DeadlinePoint(quarter: quarter).monthsCovered
        case .academicYear(let academic):
            result = academic.months(in: year)
        case .year, .years, .yearRange, .perSchedule, .afterEvent, .unspecified, .unparsed:
            result = []
        case .annual(let rule, let first):
            result = first.flatMap { $0.months(in: year, period: period) }
            if rule.years(in: period).contains(year) { result += rule.monthsOfYear }
        case .onceThenAnnual(let first, let then):
            result = first.flatMap { $0.months(in: year, period: period) }
            if then.years(in: period).contains(year) { result += then.monthsOfYear }
        case .recurring(let recurrence):
            // A monthly or weekly repeat touches every month; a quarterly one «some time» in each quarter.
            result = recurrence.every == .month || recurrence.every == .week ? Array(1...12) : []
        case .continuous:
            result = Array(1...12)
        case .during(let span, _):
            // The school year runs September to May; summer is the holiday.
            result = span == .academicYear ? [1, 2, 3, 4, 5, 9, 10, 11, 12] : Array(1...12)
        case .perItem(let items):
            result = items.flatMap { $0.months(in: year, period: period) }
        }
        return Self.months(of: Self.monthMask(result))
    }

    /// The earliest day the deadline can mean, for sorting; see `sortStart(in:)`.
    public var sortStart: CalendarDate? { sortStart(in: nil) }

    /// The earliest day the deadline can mean (§3.3): the first day of its month, quarter or year; for kinds
    /// without a printed year, January 1 of the period's first year. Nil for unspecified and unparsed text.
    public func sortStart(in period: Period?) -> CalendarDate? {
        let planStart = period.flatMap { CalendarDate(year: $0.from, month: 1, day: 1) }
        switch kind {
        case .date(let point, _), .by(let point, _), .from(let point, _):
            return point.start(fallbackYear: period?.from)
        case .range(let from, let to):
            return from.start(fallbackYear: to.year ?? period?.from)
        case .month(let month, let year):
            return DeadlinePoint(year: year, month: month).start(fallbackYear: period?.from)
        case .quarter(let quarter, let year):
            return DeadlinePoint(year: year, quarter: quarter).start(fallbackYear: period?.from)
        case .year(let year):
            return CalendarDate(year: year, month: 1, day: 1)
        case .years(let years):
            return years.min().flatMap { CalendarDate(year: $0, month: 1, day: 1) }
        case .yearRange(let span):
            return CalendarDate(year: min(span.from, span.to), month: 1, day: 1)
        case .academicYear(let academic):
            return academic.start
        case .annual(let rule, let first):
            if let earliest = first.compactMap({ $0.sortStart(in: period) }).min() { return earliest }
            return rule.start(in: period)
        case .onceThenAnnual(let first, let then):
            return first.compactMap { $0.sortStart(in: period) }.min() ?? then.start(in: period)
        case .recurring, .continuous, .during, .perSchedule, .afterEvent:
            return planStart
        case .perItem(let items):
            return items.compactMap { $0.sortStart(in: period) }.min()
        case .unspecified, .unparsed:
            return nil
        }
    }

    /// Months of `year` between two points; a point without a month covers its whole year.
    private static func months(in year: Int, from: DeadlinePoint, to: DeadlinePoint) -> [Int] {
        guard let firstYear = from.year ?? to.year, let lastYear = to.year ?? from.year else { return [] }
        let start = (firstYear, from.firstMonth ?? 1)
        let end = (lastYear, to.lastMonth ?? 12)
        guard start <= end else { return [] }
        return (1...12).filter { (year, $0) >= start && (year, $0) <= end }
    }
}

extension AnnualRule {
    /// The years a yearly repeat covers: its printed span, else from its start to the period's end, else the period.
    func years(in period: Period?) -> [Int] {
        if let years { return years.years }
        if let start = from?.year {
            guard let period, period.to >= start else { return [start] }
            return Array(start...period.to)
        }
        return period.map { Array($0.years) } ?? []
    }

    /// The months of each year the repeat names; empty when it names none.
    var monthsOfYear: [Int] {
        if let month { return [month] }
        if !months.isEmpty { return months }
        if let fromMonth, let toMonth {
            // «ноябрь-февраль» wraps over the new year.
            return (1...12).filter { fromMonth <= toMonth ? ($0 >= fromMonth && $0 <= toMonth) : ($0 >= fromMonth || $0 <= toMonth) }
        }
        if let quarter { return DeadlinePoint(quarter: quarter).monthsCovered }
        if let by { return [by.month] }
        return []
    }

    /// The first day the repeat can fall on: its first year, at its first named month (January when none).
    func start(in period: Period?) -> CalendarDate? {
        guard let year = years?.from ?? from?.year ?? period?.from else { return nil }
        if let by, monthsOfYear == [by.month], month == nil {
            return CalendarDate(year: year + (by.yearOffset ?? 0), month: by.month, day: by.day)
        }
        let month = monthsOfYear.min() ?? from?.firstMonth ?? 1
        return CalendarDate(year: year, month: month, day: 1)
    }
}

extension DeadlinePoint {
    /// The months the point spans: its month, its quarter's three, or nothing for a bare year.
    var monthsCovered: [Int] {
        guard let first = firstMonth, let last = lastMonth, first <= last, (1...12).contains(first), last <= 12 else { return [] }
        return Array(first...last)
    }
}
