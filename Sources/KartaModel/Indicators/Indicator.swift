/// A monitoring indicator («показатель мониторинга») of one entity across years, keyed by its code.
///
/// The code («1.1.1», the numbering of the monitoring order) is what ties the rows of different years
/// together, so a change of wording never breaks the dynamics.
public struct Indicator: Sendable, Identifiable {
    public var code: String
    public var name: String
    /// As written: «%», «чел.», «тыс. руб.»; empty for a count without a unit.
    public var unit: String
    public var better: IndicatorDirection
    /// Ascending by year, one per year.
    public var observations: [IndicatorObservation]
    /// The first row that names the indicator.
    public var location: SourceLocation

    public var id: String { code }

    public init(
        code: String, name: String, unit: String = "", better: IndicatorDirection = .neutral,
        observations: [IndicatorObservation], location: SourceLocation
    ) {
        self.code = code
        self.name = name
        self.unit = unit
        self.better = better
        self.observations = observations.sorted { $0.year < $1.year }
        self.location = location
    }

    public func observation(in year: Int) -> IndicatorObservation? {
        observations.first { $0.year == year }
    }

    /// True when the code equals `selector` or lies below it: «2» and «2.1» both select «2.1.3».
    public func matches(_ selector: String) -> Bool {
        let trimmed = selector.hasSuffix(".") ? String(selector.dropLast()) : selector
        return code == trimmed || code.hasPrefix(trimmed + ".")
    }
}
