/// The year's column of «Ожидаемые результаты» beside what was achieved.
public struct ExpectedAchievedView: Sendable, Encodable {
    public struct Row: Sendable, Encodable {
        public var anchor: String
        public var expectedHTML: String
        public var achievedHTML: String?
    }

    public struct Group: Sendable, Encodable {
        public var title: String
        public var rows: [Row]
    }

    public struct Table: Sendable, Encodable {
        public var caption: String
        public var url: String
        public var counts: String
        public var groups: [Group]
    }

    public var anchor: String
    public var heading: String
    public var level: Int
    public var yearLabel: String
    public var tables: [Table]
    public var emptyNote: String?
}
