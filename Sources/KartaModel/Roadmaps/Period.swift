/// The years a roadmap or plan covers, inclusive.
public struct Period: Sendable, Hashable {
    public var from: Int
    public var to: Int

    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }

    public var years: ClosedRange<Int> { from...max(from, to) }
}
