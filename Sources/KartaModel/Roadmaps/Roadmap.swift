/// A roadmap (дорожная карта): a table of activities grouped by direction.
public struct Roadmap: Sendable, Identifiable, Equatable {
    /// The file name without `.yaml`, unique within its entity.
    public var id: String
    /// The id of the entity whose `roadmaps/` folder holds the file.
    public var entityID: String
    public var title: String
    public var approval: Approval?
    public var period: Period?
    public var columns: [Column]
    /// Markdown shown above the table.
    public var intro: String?
    public var sections: [RoadmapSection]
    /// Markdown shown below the table (a closing remark printed after it).
    public var outro: String?
    /// The web address the text was copied from (a legal database), shown as «Источник».
    public var source: String?
    public var location: SourceLocation

    public init(
        id: String, entityID: String, title: String, approval: Approval? = nil, period: Period? = nil,
        columns: [Column], intro: String? = nil, sections: [RoadmapSection], outro: String? = nil, source: String? = nil, location: SourceLocation
    ) {
        self.id = id
        self.entityID = entityID
        self.title = title
        self.approval = approval
        self.period = period
        self.columns = columns
        self.intro = intro
        self.sections = sections
        self.outro = outro
        self.source = source
        self.location = location
    }

    /// Every item, in document order.
    public var items: [RoadmapItem] { sections.flatMap(\.items) }

    /// Every item, in document order, walked section by section: `items` copies each of them into a new array,
    /// which checks that read every item of a region's roadmaps paid for.
    public var itemsInOrder: FlattenSequence<LazyMapSequence<[RoadmapSection], [RoadmapItem]>> {
        sections.lazy.map { $0.items }.joined()
    }

    /// The number of items, without gathering them: links to a roadmap show it on many pages.
    public var itemCount: Int { sections.reduce(0) { $0 + $1.items.count } }

    public func hasColumn(_ key: ColumnKey) -> Bool { columns.contains { $0.key == key } }
}

/// A run of items under one direction, with the section title as printed.
public struct RoadmapSection: Sendable, Equatable {
    public var directionID: String
    /// `direction_guessed: true`: `karta import` filed the section under `directionID` because its title
    /// matched no rule; the pages then show no direction for it, and `karta check` warns until an editor confirms it.
    public var directionGuessed: Bool
    public var title: String
    public var items: [RoadmapItem]
    public var location: SourceLocation

    public init(directionID: String, directionGuessed: Bool = false, title: String, items: [RoadmapItem], location: SourceLocation) {
        self.directionID = directionID
        self.directionGuessed = directionGuessed
        self.title = title
        self.items = items
        self.location = location
    }
}
