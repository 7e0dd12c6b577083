/// A day of the year a yearly deadline falls on: «до 15 декабря»; «до 01 марта года, следующего за отчетным»
/// has `yearOffset` 1 because it falls in the year after the one reported on.
///
/// Encodes as `{"month": 3, "day": 1, "year_offset": 1}`, the offset omitted when the day falls in the same year.
public struct AnnualDueDay: Sendable, Hashable, Encodable {
    public var month: Int
    public var day: Int
    public var yearOffset: Int?

    public init(month: Int, day: Int, yearOffset: Int? = nil) {
        self.month = month
        self.day = day
        self.yearOffset = yearOffset
    }

    private enum CodingKeys: String, CodingKey {
        case month, day
        case yearOffset = "year_offset"
    }
}
