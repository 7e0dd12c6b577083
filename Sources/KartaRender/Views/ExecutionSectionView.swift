/// The execution of roadmaps in the report's year: a summary by direction, then the activities.
public struct ExecutionSectionView: Sendable, Encodable {
    /// Counts of one direction (or of all, in the total row), each with its share: «3 (60 %)».
    public struct SummaryRow: Sendable, Encodable {
        public var label: String
        public var anchor: String?
        public var total: String
        public var done: String
        public var inProgress: String
        public var notDone: String
        public var noData: String
        public var overdue: String
    }

    public struct Activity: Sendable, Encodable {
        public var number: String
        public var url: String
        public var textHTML: String
        public var deadline: String?
        public var parties: [PartyView]
        public var status: String
        /// `done`, `in-progress`, `not-done`, `no-data`: a CSS hook; the word is always printed.
        public var statusKey: String
        public var isOverdue: Bool
        public var resultHTML: String?
    }

    public struct DirectionBlock: Sendable, Encodable {
        public var anchor: String
        public var title: String
        public var counts: String
        public var activities: [Activity]
    }

    public var anchor: String
    public var heading: String
    public var level: Int
    public var sublevel: Int
    public var year: String
    public var sourcesLabel: String
    public var sources: [LinkView]
    public var summary: [SummaryRow]
    public var total: SummaryRow
    public var rules: String
    public var directions: [DirectionBlock]
    public var emptyNote: String?
}
