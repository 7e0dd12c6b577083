/// Consecutive years, inclusive: «2020-2022 гг.». Kept as printed, so `from` may exceed `to` in a typo.
public struct YearSpan: Sendable, Hashable {
    public var from: Int
    public var to: Int

    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }

    /// Every year of the span, ascending (a reversed span counts the same years).
    public var years: [Int] { Array(min(from, to)...max(from, to)) }
}
