import KartaModel

/// The activities that concern each entity (`ViewBuilder.activities(of:)`: its own, and those of its
/// and its ancestors' roadmaps that name it responsible), gathered once per build with how many fall
/// due in each year. The entity page, each of its year pages and every year page read them; each
/// used to gather them again (a fifth of a region-scale build: an entity named «ОО» walked every
/// activity of the region that names «ОО», once per page). An entity with `since` keeps no inherited
/// activity from before it existed, and counts an inherited one only in its years from then on.
struct EntityActivities: Sendable {
    private var concerning: [String: [Activity]]
    private let yearCounts: [String: [Int: Int]]

    init(content: SiteContent, lookup: ActivityLookup, bodies: BodyIdentities) {
        var concerning: [String: [Activity]] = [:]
        var yearCounts: [String: [Int: Int]] = [:]
        // Each entity's list reads only the lookup: both cores make them.
        let gathered = content.entities.parallelMap { entity -> (activities: [Activity], years: [Int: Int]) in
            let activities = Self.gather(entity, content: content, lookup: lookup, bodies: bodies)
            var years: [Int: Int] = [:]
            for activity in activities {
                // An activity counts once in a year, as `years.contains` counted it.
                for year in Set(entity.years(of: activity)) { years[year, default: 0] += 1 }
            }
            return (activities, years)
        }
        for (entity, (activities, years)) in zip(content.entities, gathered) {
            concerning[entity.id] = activities
            if !activities.isEmpty { yearCounts[entity.id] = years }
        }
        self.concerning = concerning
        self.yearCounts = yearCounts
    }

    static func gather(_ entity: Entity, content: SiteContent, lookup: ActivityLookup, bodies: BodyIdentities) -> [Activity] {
        let names = bodies.answeredNames(of: entity)
        let scope = Set(content.ancestry(of: entity.id).map(\.id))
        return lookup.concerning(entity.id, names: names, scope: scope).filter(entity.keeps)
    }

    /// The same lists with each activity of `replaced` standing in for the one it replaced (whose
    /// wording alone changed, so it concerns the same entities in the same years).
    func replacing(_ replaced: [ObjectIdentifier: Activity]) -> EntityActivities {
        guard !replaced.isEmpty else { return self }
        var updated = self
        for (entityID, activities) in concerning where activities.contains(where: { replaced[ObjectIdentifier($0)] != nil }) {
            updated.concerning[entityID] = activities.map { replaced[ObjectIdentifier($0)] ?? $0 }
        }
        return updated
    }

    /// In index order. Nil for an entity that is not part of the content.
    func of(_ entityID: String) -> [Activity]? {
        concerning[entityID]
    }

    func count(of entityID: String, in year: Int) -> Int {
        yearCounts[entityID]?[year] ?? 0
    }

    /// The years the entity has activities in, in order.
    func years(of entityID: String) -> [Int] {
        (yearCounts[entityID] ?? [:]).keys.sorted()
    }
}
