/// The indicators of one entity: its `indicators.csv` or `indicators.yaml`, in the order written.
public struct IndicatorTable: Sendable {
    public var entityID: String
    public var indicators: [Indicator]
    /// The file.
    public var location: SourceLocation

    public init(entityID: String, indicators: [Indicator], location: SourceLocation) {
        self.entityID = entityID
        self.indicators = indicators
        self.location = location
    }

    public func indicator(_ code: String) -> Indicator? {
        indicators.first { $0.code == code }
    }

    /// Indicators whose code matches one of `selectors`, in file order; all of them when there are none.
    public func select(_ selectors: [String]) -> [Indicator] {
        guard !selectors.isEmpty else { return indicators }
        return indicators.filter { indicator in selectors.contains(where: indicator.matches) }
    }
}
