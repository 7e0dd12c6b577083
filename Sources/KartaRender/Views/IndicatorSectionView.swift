/// The indicators table of a report year: value, previous year, change, target, % of target, verdict.
public struct IndicatorSectionView: Sendable, Encodable {
    public struct Row: Sendable, Encodable {
        public var code: String
        public var name: String
        /// «лучше — выше», «лучше — ниже»; nil for neutral indicators.
        public var better: String?
        public var source: String?
        public var unit: String
        public var previous: String
        public var value: String
        public var change: String
        /// `improved`, `worsened`, `unchanged`, `increased`, `decreased`, `none`.
        public var trendKey: String
        public var target: String
        public var percentOfTarget: String
        public var assessment: String
        /// `achieved`, `not-achieved`, `none`.
        public var statusKey: String
    }

    public var anchor: String
    public var heading: String
    public var level: Int
    public var caption: String
    public var yearLabel: String
    public var previousYearLabel: String
    public var rows: [Row]
    public var rules: String
    public var emptyNote: String?
}
