/// When an activity falls due, for the execution section of an annual report.
extension RoadmapItem {
    /// True when the activity's deadline, or a sub-activity's, falls in `year`.
    public func isDue(in year: Int, period: Period?) -> Bool {
        ([schedule] + subitems.map(\.schedule)).contains { $0?.years(in: period).contains(year) ?? false }
    }

    /// The last year the activity falls due in, when its deadline is a one-off (a date, a month, a year,
    /// a span of years) rather than a repeat or a standing duty.
    public func lastDueYear(period: Period?) -> Int? {
        let schedules = ([schedule] + subitems.map(\.schedule)).compactMap { $0 }
        guard !schedules.isEmpty, schedules.allSatisfy(\.isOneOff) else { return nil }
        return schedules.flatMap { $0.years(in: period) }.max()
    }
}

extension Deadline {
    /// A deadline that comes once and passes: dates, months, quarters, years, school years and spans of them.
    /// Repeats («ежегодно»), standing duties («постоянно») and open starts («с 7 октября») never pass.
    public var isOneOff: Bool {
        switch kind {
        case .date, .by, .range, .month, .quarter, .year, .years, .yearRange, .academicYear: true
        case .perItem(let items): !items.isEmpty && items.allSatisfy(\.isOneOff)
        case .from, .annual, .onceThenAnnual, .recurring, .continuous, .during, .perSchedule, .afterEvent, .unspecified, .unparsed: false
        }
    }
}
