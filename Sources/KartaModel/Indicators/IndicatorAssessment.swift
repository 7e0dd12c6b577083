/// An indicator judged for one report year: against the previous year and against its target,
/// in the direction its `better` says is good.
///
/// The rules are published with the table (see `RussianFormat.assessmentRules`): the change is the
/// value minus the previous year's; the target counts as reached when the value is at least the target
/// (at most, for `better: lower`); «% of target» is value ÷ target (target ÷ value for `lower`).
public struct IndicatorAssessment: Sendable {
    public enum Trend: String, Sendable {
        /// Moved the way `better` asks.
        case improved
        /// Moved against it.
        case worsened
        case unchanged
        /// A change of a neutral indicator: up or down, neither good nor bad.
        case increased
        case decreased
    }

    public enum TargetStatus: String, Sendable {
        case achieved
        case notAchieved = "not-achieved"
    }

    public var indicator: Indicator
    public var year: Int
    public var current: IndicatorObservation?
    /// The row of exactly the year before, if any.
    public var previous: IndicatorObservation?
    /// Value minus the previous year's value, with the precision of the two.
    public var change: IndicatorNumber?
    public var trend: Trend?
    /// Percent of the target reached; nil without a value, a target, or when it cannot be computed (a zero divisor).
    public var percentOfTarget: Double?
    public var targetStatus: TargetStatus?

    public init(_ indicator: Indicator, year: Int) {
        self.indicator = indicator
        self.year = year
        current = indicator.observation(in: year)
        previous = indicator.observation(in: year - 1)
        if let value = current?.value, let before = previous?.value {
            let decimals = max(value.decimals, before.decimals)
            let difference = Self.rounded(value.value - before.value, decimals: decimals)
            change = IndicatorNumber(difference, decimals: decimals)
            trend = Self.trend(difference, better: indicator.better)
        }
        if let value = current?.value, let target = current?.target {
            (percentOfTarget, targetStatus) = Self.compare(value.value, to: target.value, better: indicator.better)
        }
    }

    /// Rounds to the precision of the inputs, so 85,5 − 83,2 is 2,3 and not 2,2999….
    static func rounded(_ value: Double, decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<min(decimals, 12) { scale *= 10 }
        let result = (value * scale).rounded() / scale
        return result == 0 ? 0 : result
    }

    static func trend(_ difference: Double, better: IndicatorDirection) -> Trend {
        if difference == 0 { return .unchanged }
        switch better {
        case .higher: return difference > 0 ? .improved : .worsened
        case .lower: return difference < 0 ? .improved : .worsened
        case .neutral: return difference > 0 ? .increased : .decreased
        }
    }

    static func compare(_ value: Double, to target: Double, better: IndicatorDirection) -> (Double?, TargetStatus?) {
        switch better {
        case .higher:
            return (target == 0 ? nil : value / target * 100, value >= target ? .achieved : .notAchieved)
        case .lower:
            return (value == 0 ? nil : target / value * 100, value <= target ? .achieved : .notAchieved)
        case .neutral:
            // Neither way is better, so the target is a reference point: how close, not reached or not.
            return (target == 0 ? nil : value / target * 100, nil)
        }
    }
}
