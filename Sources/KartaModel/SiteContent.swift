/// Everything loaded from `Content/`: the one model that rendering, exports and checks read.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    /// The root glossary and those of entity folders; `glossary(for:)` resolves a document's.
    public let glossaries: TerritoryGlossaries
    /// The root glossary: what is common to every territory.
    public var glossary: Glossary { glossaries.root }
    public var directions: [Direction]
    /// Sorted by id, so every traversal is deterministic.
    public var entities: [Entity]
    public var roadmaps: [Roadmap]
    public var plans: [LevelPlan]
    public var expectedResults: [ExpectedResults]
    public var pages: [Page]
    /// Annual reports, sorted by entity and year.
    public var reports: [Report]
    /// Indicator files, one per entity at most, sorted by entity.
    public var indicatorTables: [IndicatorTable]
    private let entityIndex: [String: Int]
    private let directionIndex: [String: Int]
    private let childIndex: [String: [Int]]

    public init(
        config: SiteConfig, glossary: Glossary = Glossary(), directions: [Direction] = [], entities: [Entity] = [],
        roadmaps: [Roadmap] = [], plans: [LevelPlan] = [], expectedResults: [ExpectedResults] = [], pages: [Page] = [],
        reports: [Report] = [], indicatorTables: [IndicatorTable] = [], entityGlossaries: [String: Glossary] = [:]
    ) {
        self.config = config
        self.directions = directions
        let sortedEntities = entities.sorted { $0.id < $1.id }
        glossaries = TerritoryGlossaries(root: glossary, own: entityGlossaries, entities: sortedEntities)
        self.entities = sortedEntities
        self.roadmaps = roadmaps.sorted { ($0.entityID, $0.id) < ($1.entityID, $1.id) }
        self.plans = plans.sorted { ($0.entityID, $0.id) < ($1.entityID, $1.id) }
        self.expectedResults = expectedResults.sorted { ($0.entityID, $0.id) < ($1.entityID, $1.id) }
        self.pages = pages.sorted { $0.id < $1.id }
        self.reports = reports.sorted { ($0.entityID, $0.year) < ($1.entityID, $1.year) }
        self.indicatorTables = indicatorTables.sorted { $0.entityID < $1.entityID }
        entityIndex = Dictionary(sortedEntities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        directionIndex = Dictionary(directions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        childIndex = Dictionary(grouping: sortedEntities.indices, by: { sortedEntities[$0].parentID ?? "" })
    }

    /// The glossary a document of `entityID` reads: the closest up the tree.
    public func glossary(for entityID: String?) -> Glossary { glossaries.glossary(for: entityID) }

    public func entity(_ id: String) -> Entity? { entityIndex[id].map { entities[$0] } }
    public func direction(_ id: String) -> Direction? { directionIndex[id].map { directions[$0] } }
    /// Children in id order; `nil` asks for the top-level entities.
    public func children(of id: String?) -> [Entity] { (childIndex[id ?? ""] ?? []).map { entities[$0] } }

    /// The chain from the top-level entity down to `id`, inclusive.
    public func ancestry(of id: String) -> [Entity] {
        var chain: [Entity] = []
        var current = entity(id)
        while let entity = current {
            chain.insert(entity, at: 0)
            current = entity.parentID.flatMap(self.entity)
        }
        return chain
    }
}
