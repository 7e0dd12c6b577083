/// Positions in an `ActivityIndex` by entity, year, direction and responsible body, so that a page
/// about one of them reads its own activities instead of filtering all of them (on a region's site,
/// 1,200 entity pages × 70,000 activities).
///
/// Every list is in index order, so a lookup gives what a filter over the index would.
public struct ActivityLookup: Sendable {
    private let byEntity: [String: [Int]]
    private let byYear: [Int: [Int]]
    private let byDirection: [String: [Int]]
    /// By the identity of each body an activity names (`BodyIdentities`).
    private let byBody: [BodyIdentity: [Int]]
    /// Roadmap activities by the name of a body (`BodyIdentity.name`, whatever its territory), then by the
    /// entity whose roadmap it is: a school that answers as
    /// «ОО» reads the few of its own and its ancestors' roadmaps, not every «ОО» activity of a region.
    private let roadmapsByParty: [String: [String: [Int]]]
    private var activities: [Activity]

    public init(_ index: ActivityIndex, bodies: BodyIdentities) {
        var byEntity: [String: [Int]] = [:]
        var byYear: [Int: [Int]] = [:]
        var byDirection: [String: [Int]] = [:]
        var byBody: [BodyIdentity: [Int]] = [:]
        var roadmapsByParty: [String: [String: [Int]]] = [:]
        for (position, activity) in index.activities.enumerated() {
            byEntity[activity.entityID, default: []].append(position)
            byDirection[activity.directionID, default: []].append(position)
            for year in Set(activity.years) { byYear[year, default: []].append(position) }
            let named = bodies.bodies(of: activity).map(\.identity)
            for body in named { byBody[body, default: []].append(position) }
            guard activity.source == .roadmap else { continue }
            for name in Set(named.map(\.name)) { roadmapsByParty[name, default: [:]][activity.entityID, default: []].append(position) }
        }
        self.byEntity = byEntity
        self.byYear = byYear
        self.byDirection = byDirection
        self.byBody = byBody
        self.roadmapsByParty = roadmapsByParty
        activities = index.activities
    }

    /// The same positions over `index`, whose activities stand where this lookup's did (an index whose
    /// roadmaps changed only in wording: `ActivityIndex.replacing`).
    public func over(_ index: ActivityIndex) -> ActivityLookup {
        var lookup = self
        lookup.activities = index.activities
        return lookup
    }

    public func owned(by entityID: String) -> [Activity] { (byEntity[entityID] ?? []).map { activities[$0] } }
    public func due(in year: Int) -> [Activity] { (byYear[year] ?? []).map { activities[$0] } }
    public func inDirection(_ id: String) -> [Activity] { (byDirection[id] ?? []).map { activities[$0] } }
    public func naming(_ body: BodyIdentity) -> [Activity] { (byBody[body] ?? []).map { activities[$0] } }

    /// The activities an entity owns, and those of its own and its ancestors' roadmaps that name it
    /// (`names`: its `responsible_as`, as `BodyIdentity.name`), in index order.
    public func concerning(_ entityID: String, names: Set<String>, scope: Set<String>) -> [Activity] {
        var positions = Set(byEntity[entityID] ?? [])
        for name in names {
            guard let byOwner = roadmapsByParty[name] else { continue }
            for owner in scope { positions.formUnion(byOwner[owner] ?? []) }
        }
        return positions.sorted().map { activities[$0] }
    }
}
