/// One responsible body (an organisation, a role or a person): its activities year by year, across roadmaps and
/// levels, and its load per year.
public struct ResponsibleView: Sendable, Encodable {
    public struct YearGroup: Sendable, Encodable {
        public var anchor: String
        public var title: String
        public var count: String
        public var activities: [ActivityRowView]
        /// Instead of the activities, above `list_limit`: each entity with its number of them.
        public var entities: [LinkView]
    }

    /// One row of the load table: a year, the number of activities, and how they split over the levels.
    public struct LoadRow: Sendable, Encodable {
        public var year: String
        public var url: String
        /// Whether a list starts in this year (activities are listed under the first year they fall due).
        public var hasSection: Bool
        public var total: String
        public var levels: [String]
    }

    public var chrome: ChromeView
    public var name: String
    public var full: String?
    public var kind: String?
    /// The entity whose territory a body belongs to («Отдел образования» of one municipality).
    public var territory: LinkView?
    public var count: String
    public var levelColumns: [String]
    public var load: [LoadRow]
    /// The summary by entity: each entity whose documents name the body, with its number of activities.
    public var owners: [LinkView]
    /// Set when the activities are more than `list_limit` and listed per entity.
    public var listNote: String?
    public var years: [YearGroup]
}

/// The list of every responsible body with its number of activities.
public struct ResponsibleIndexView: Sendable, Encodable {
    public var chrome: ChromeView
    public var bodies: [Body]

    /// A body in the list: its name (with its territory when several share the name) and its expansion,
    /// as HTML marked to be typeset through its territory's glossary (`ViewBuilder.territoryMarked`).
    public struct Body: Sendable, Encodable {
        public var labelHTML: String
        public var url: String
        public var noteHTML: String
    }
}
