/// A figure as written in the source: its value and the number of decimals it was given, so «85,50»
/// prints back as written and a difference prints with the precision of the figures it comes from.
public struct IndicatorNumber: Sendable, Hashable {
    public var value: Double
    public var decimals: Int

    public init(_ value: Double, decimals: Int = 0) {
        self.value = value
        self.decimals = max(0, decimals)
    }
}
