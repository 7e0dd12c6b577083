/// What the per-level plans assign to one level, by plan, direction and year.
public struct LevelView: Sendable, Encodable {
    public struct Activity: Sendable, Encodable {
        public var html: String
        /// «также: муниципальный уровень, уровень ОО» when the same text is planned at other levels.
        public var sharedWith: String?
        public var url: String
    }

    public struct YearGroup: Sendable, Encodable {
        public var year: String
        public var activities: [Activity]
    }

    public struct DirectionGroup: Sendable, Encodable {
        public var title: String
        public var years: [YearGroup]
    }

    public struct PlanGroup: Sendable, Encodable {
        public var plan: LinkView
        public var directions: [DirectionGroup]
        public var count: String
    }

    public var chrome: ChromeView
    public var title: String
    public var plans: [PlanGroup]
    public var otherLevels: [LinkView]
}
