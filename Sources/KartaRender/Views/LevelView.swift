/// What the per-level plans assign to one level, by plan, direction and year.
public struct LevelView: Sendable {
    public struct Activity: Sendable {
        public var html: String
        /// «также: муниципальный уровень, уровень ОО» when the same text is planned at other levels.
        public var sharedWith: String?
        public var url: String
    }

    public struct YearGroup: Sendable {
        public var year: String
        public var activities: [Activity]
    }

    public struct DirectionGroup: Sendable {
        public var title: String
        public var years: [YearGroup]
    }

    public struct PlanGroup: Sendable {
        public var plan: LinkView
        public var directions: [DirectionGroup]
        public var count: String
    }

    public var chrome: ChromeView
    public var title: String
    public var plans: [PlanGroup]
    public var otherLevels: [LinkView]
}
