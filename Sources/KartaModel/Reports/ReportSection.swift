/// A section generated into a report where a `karta` fenced block asks for it.
public struct ReportSection: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Roadmap activities due in the year, by direction, with status and result.
        case execution
        /// The year's column of «Ожидаемые результаты» with what was achieved.
        case expectedResults = "expected-results"
        /// The indicators table: value, previous year, change, target, % of target, assessment.
        case indicators
        /// Static SVG charts with their data as tables.
        case chart
    }

    public enum Chart: String, Sendable, CaseIterable {
        /// Values over the years, one chart per indicator.
        case dynamics
        /// Value against target for the year, one bar per indicator.
        case target
    }

    public var kind: Kind
    /// Replaces the default heading.
    public var title: String?
    /// The HTML heading level: one below the Markdown heading the block stands under (2 to 6).
    public var headingLevel: Int
    /// `execution`: roadmap ids of the entity; empty means all of them.
    public var roadmapIDs: [String]
    /// `expected-results`: table ids of the entity; empty means every table that has the year.
    public var tableIDs: [String]
    /// `indicators` and `chart`: codes or code prefixes; empty means all indicators.
    public var codes: [String]
    /// `chart`: which chart.
    public var chart: Chart?
    /// The fence line.
    public var location: SourceLocation

    public init(
        kind: Kind, title: String? = nil, headingLevel: Int = 3, roadmapIDs: [String] = [], tableIDs: [String] = [],
        codes: [String] = [], chart: Chart? = nil, location: SourceLocation
    ) {
        self.kind = kind
        self.title = title
        self.headingLevel = headingLevel
        self.roadmapIDs = roadmapIDs
        self.tableIDs = tableIDs
        self.codes = codes
        self.chart = chart
        self.location = location
    }
}
