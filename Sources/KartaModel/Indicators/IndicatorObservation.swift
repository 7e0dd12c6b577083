/// One row of an indicator file: the value of one indicator in one year, with its target.
public struct IndicatorObservation: Sendable {
    public var year: Int
    /// Nil when the row leaves the value empty (not measured that year).
    public var value: IndicatorNumber?
    public var target: IndicatorNumber?
    /// Where the figure comes from («форма ОО-1», «РИС ГИА»), as written.
    public var source: String?
    public var location: SourceLocation

    public init(year: Int, value: IndicatorNumber?, target: IndicatorNumber? = nil, source: String? = nil, location: SourceLocation) {
        self.year = year
        self.value = value
        self.target = target
        self.source = source
        self.location = location
    }
}
