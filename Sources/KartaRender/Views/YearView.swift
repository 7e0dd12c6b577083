/// Everything due in one year, grouped by level → entity → direction, with its month-by-month timeline;
/// used for the whole site (`/2022/`) and for one entity (`/2022/ENTITY/`).
public struct YearView: Sendable, Encodable {
    public struct DirectionGroup: Sendable, Encodable {
        public var direction: LinkView
        public var count: String
        public var activities: [ActivityRowView]
    }

    public struct EntityGroup: Sendable, Encodable {
        public var anchor: String
        public var entity: LinkView
        /// Where its row of the summary table leads: on the site's year page the entity's own year page,
        /// on an entity's year page its folded list below.
        public var summaryURL: String
        public var count: String
        /// The number of activities alone, for the summary table by entity.
        public var activityCount: Int
        public var directions: [DirectionGroup]
    }

    public struct LevelGroup: Sendable, Encodable {
        public var anchor: String
        public var title: String
        public var count: String
        public var entities: [EntityGroup]
    }

    public var chrome: ChromeView
    public var kicker: String
    public var title: String
    public var summary: String
    /// The entity of an entity's year page.
    public var entity: LinkView?
    public var previous: LinkView?
    public var next: LinkView?
    /// The same entity's other years, or the site's other years.
    public var otherYears: [LinkView]
    public var timeline: TimelineView?
    /// Set when the year has more activities than `list_limit`: the entities are listed with their
    /// number of activities and a link to their year page, without the activities themselves.
    public var listNote: String?
    public var levels: [LevelGroup]
    /// The site's year page is the summary by entity alone: every entity's activities are on its own year
    /// page (the rows of a region's year would weigh megabytes).
    public var summaryOnly: Bool
    /// An entity's year page with more than one entity's activities leads with the summary by entity and
    /// folds each entity's tables into a closed `<details>`.
    public var folds: Bool
    /// `summaryOnly || folds`, stored: templates see encoded fields only.
    public var hasSummary: Bool
    /// Entities with a year page of their own for this year (on the site's year page).
    public var entityYears: [LinkView]
}

/// The list of years, each with its number of activities.
public struct YearIndexView: Sendable, Encodable {
    public var chrome: ChromeView
    public var years: [LinkView]
}
