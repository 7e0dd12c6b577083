/// The years a roadmap or plan covers, inclusive.
public struct Period: Sendable, Hashable {
    public var from: Int
    public var to: Int
    /// School years rather than calendar years: 1 September of `from` to 31 August of `to`
    /// («2020/2021 учебный год»). Both calendar years still count as the period's years.
    public var isAcademic: Bool

    public init(from: Int, to: Int, isAcademic: Bool = false) {
        self.from = from
        self.to = to
        self.isAcademic = isAcademic
    }

    public var years: ClosedRange<Int> { from...max(from, to) }
}
