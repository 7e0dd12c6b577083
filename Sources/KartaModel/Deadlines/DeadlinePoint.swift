/// A point in the calendar known to day, month, quarter or year precision; any part may be missing
/// («15 декабря» has no year, «1 квартал 2021» no month).
public struct DeadlinePoint: Sendable, Hashable {
    public var year: Int?
    public var month: Int?
    public var day: Int?
    public var quarter: Int?

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil, quarter: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.quarter = quarter
    }

    public init(_ date: CalendarDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }

    /// The exact day, when year, month and day are all known and valid.
    public var date: CalendarDate? {
        guard let year, let month, let day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The first month the point covers: its month, the first month of its quarter, or nil (whole year).
    public var firstMonth: Int? {
        if let month { return month }
        if let quarter, (1...4).contains(quarter) { return (quarter - 1) * 3 + 1 }
        return nil
    }

    /// The last month the point covers: its month, the last month of its quarter, or nil (whole year).
    public var lastMonth: Int? {
        if let month { return month }
        if let quarter, (1...4).contains(quarter) { return quarter * 3 }
        return nil
    }

    /// The earliest day the point can mean; `fallbackYear` stands in for a missing year.
    public func start(fallbackYear: Int? = nil) -> CalendarDate? {
        guard let year = year ?? fallbackYear else { return nil }
        let month = firstMonth ?? 1
        return CalendarDate(year: year, month: month, day: self.month == nil ? 1 : (day ?? 1))
            ?? CalendarDate(year: year, month: month, day: 1)
    }
}
