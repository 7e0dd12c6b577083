/// One direction: what each level does, side by side.
public struct DirectionView: Sendable, Encodable {
    public struct LevelCell: Sendable, Encodable {
        /// The level's column title, which heads the cell in a phone's card.
        public var label: String
        public var activities: [ActivityRowView]
        /// Instead of the activities, above `list_limit`: each entity with its number of them.
        public var entities: [LinkView]
    }

    /// Activities that start in one year (or have no known year), one cell per level.
    public struct YearRow: Sendable, Encodable {
        public var year: String
        public var cells: [LevelCell]
    }

    public var chrome: ChromeView
    public var title: String
    public var group: String
    public var summary: String
    public var levels: [String]
    public var rows: [YearRow]
    /// Set when the direction has more activities than `list_limit`, listed per entity.
    public var listNote: String?
    /// Its analysis page (every body's management cycle in this direction), when the site has one.
    public var analysisURL: String?
    public var otherDirections: [LinkView]
}

/// The directions with their number of activities per level.
public struct DirectionIndexView: Sendable, Encodable {
    public struct Entry: Sendable, Encodable {
        public var link: LinkView
        public var group: String
        public var levels: String
    }

    public var chrome: ChromeView
    public var directions: [Entry]
    /// The list of analysis pages, when the site has them.
    public var analysisURL: String?
}
