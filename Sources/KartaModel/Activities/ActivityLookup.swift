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
    private let roadmapsByParty: [TextKey: [String: [Int]]]
    private var activities: [Activity]

    public init(_ index: ActivityIndex, bodies: BodyIdentities) {
        var byEntity: [String: [Int]] = [:]
        var byYear: [Int: [Int]] = [:]
        var byDirection: [String: [Int]] = [:]
        var byBody: [BodyIdentity: [Int]] = [:]
        var roadmapsByParty: [TextKey: [String: [Int]]] = [:]
        // Naming the bodies is most of the work and reads one activity: both cores do it.
        let namedByActivity = index.activities.parallelMap { bodies.bodies(of: $0).map(\.identity) }
        for (position, activity) in index.activities.enumerated() {
            byEntity[activity.entityID, default: []].append(position)
            byDirection[activity.directionID, default: []].append(position)
            for year in Set(activity.years) { byYear[year, default: []].append(position) }
            let named = namedByActivity[position]
            for body in named { byBody[body, default: []].append(position) }
            guard activity.source == .roadmap else { continue }
            for name in Set(named.map { TextKey($0.name) }) { roadmapsByParty[name, default: [:]][activity.entityID, default: []].append(position) }
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

    /// How many activities `owned(by:)`, `due(in:)` and `inDirection(_:)` give, without copying them.
    public func ownedCount(by entityID: String) -> Int { byEntity[entityID]?.count ?? 0 }
    public func dueCount(in year: Int) -> Int { byYear[year]?.count ?? 0 }
    public func countInDirection(_ id: String) -> Int { byDirection[id]?.count ?? 0 }
    public func namingCount(_ body: BodyIdentity) -> Int { byBody[body]?.count ?? 0 }

    /// Each body with a name that an activity names, with the first activity, in index order, to name it.
    public func firstNamings() -> [(identity: BodyIdentity, activity: Activity)] {
        byBody.compactMap { identity, positions in
            identity.name.isEmpty ? nil : (identity, activities[positions[0]])
        }
    }

    /// The activities an entity owns, and those of its own and its ancestors' roadmaps that name it
    /// (`names`: its `responsible_as`, as `BodyIdentity.name`), in index order.
    public func concerning(_ entityID: String, names: Set<String>, scope: Set<String>) -> [Activity] {
        var positions = Set(byEntity[entityID] ?? [])
        for name in names {
            guard let byOwner = roadmapsByParty[TextKey(name)] else { continue }
            for owner in scope { positions.formUnion(byOwner[owner] ?? []) }
        }
        return positions.sorted().map { activities[$0] }
    }
}
