/// A school year: 1 September of `first` to 31 August of the year after («2020/2021 учебный год»,
/// «2020–2021 уч. г.»). It falls in both calendar years, but only in its own months of each.
public struct AcademicYear: Sendable, Hashable {
    /// The calendar year it starts in (September).
    public var first: Int

    public init(first: Int) {
        self.first = first
    }

    /// The calendar year it ends in (August).
    public var last: Int { first + 1 }

    /// 1 September of `first`.
    public var start: CalendarDate { CalendarDate(year: first, month: 9, day: 1)! }

    /// 31 August of `last`: the day an activity set for the school year is due.
    public var end: CalendarDate { CalendarDate(year: last, month: 8, day: 31)! }

    /// Both calendar years.
    public var years: [Int] { [first, last] }

    /// The months of `year` it covers: September to December of the first, January to August of the last.
    public func months(in year: Int) -> [Int] {
        if year == first { return Array(9...12) }
        if year == last { return Array(1...8) }
        return []
    }

    /// The year printed after the slash as two digits («2020/21») or four, for reading: nil unless it is
    /// the year after `first`.
    public init?(first: Int, printedSecond second: Int, digits: Int) {
        let last = digits == 2 ? first / 100 * 100 + second + (second < first % 100 ? 100 : 0) : second
        guard last == first + 1 else { return nil }
        self.init(first: first)
    }
}
