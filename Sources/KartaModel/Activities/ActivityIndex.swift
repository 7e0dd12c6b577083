/// Every activity of the site, in a fixed order (roadmaps, then plans, each in content order and document order),
/// with the years they fall due in.
public struct ActivityIndex: Sendable {
    public let activities: [Activity]
    /// Every year of a roadmap's or plan's period and every year an activity falls due in, ascending.
    public let years: [Int]

    /// `bodies`: the site's, when the caller has them already (their memos are shared).
    public init(content: SiteContent, bodies: BodyIdentities? = nil) {
        let levels = bodies ?? BodyIdentities(content: content)
        // Each roadmap's activities on both cores (a region has 76,000), gathered in content order into an
        // array given its room at once: it lives for the whole build, and grown by doubling it held up to
        // twice the room its activities need.
        let byRoadmap: [[Activity]] = content.roadmaps.parallelMap { roadmap in
            let owner = content.entity(roadmap.entityID)?.level
            let document = ActivityDocument(roadmap)
            return roadmap.sections.flatMap { section in
                section.items.map { Self.activity($0, section: section, roadmap: roadmap, document: document, owner: owner, levels: levels) }
            }
        }
        let planCells = content.plans.reduce(0) { sum, plan in sum + plan.sections.reduce(0) { $0 + $1.rows.count } * Level.allCases.count }
        var activities: [Activity] = []
        activities.reserveCapacity(byRoadmap.reduce(0) { $0 + $1.count } + planCells)
        for roadmapActivities in byRoadmap { activities += roadmapActivities }
        for plan in content.plans {
            let document = ActivityDocument(plan)
            for section in plan.sections {
                for row in section.rows {
                    for level in Level.allCases {
                        guard let text = row.text(at: level) else { continue }
                        activities.append(Self.activity(
                            text, level: level, row: row, section: section, plan: plan, document: document, names: levels.names(for: plan.entityID)))
                    }
                }
            }
        }
        self.activities = activities
        var years = Set(activities.flatMap(\.years))
        for period in content.roadmaps.compactMap(\.period) + content.plans.compactMap(\.period) {
            years.formUnion(period.years)
        }
        self.years = years.sorted()
    }

    init(activities: [Activity], years: [Int]) {
        self.activities = activities
        self.years = years
    }

    /// The activities due in `year`, in index order.
    public func activities(in year: Int) -> [Activity] {
        activities.filter { $0.years.contains(year) }
    }

    /// The level of a roadmap item: its `level:`, else its first responsible body with a known level, else the
    /// level of the entity that owns the roadmap (municipal when even that is unknown).
    public static func level(of item: RoadmapItem, in roadmap: Roadmap, owner: Level?, levels: BodyIdentities) -> (Level, LevelSource) {
        if let level = item.level { return (level, .explicit) }
        if let level = levels.level(of: item.responsible + item.subitems.flatMap(\.responsible), namedIn: roadmap.entityID) { return (level, .responsible) }
        return (owner ?? .municipality, .entity)
    }

    static func activity(
        _ item: RoadmapItem, section: RoadmapSection, roadmap: Roadmap, document: ActivityDocument, owner: Level?, levels: BodyIdentities
    ) -> Activity {
        let (level, source) = level(of: item, in: roadmap, owner: owner, levels: levels)
        var parties: [String] = []
        // A person's name written among the parties (content from before `persons:`) is not a body either.
        let names = levels.names(for: roadmap.entityID)
        for party in item.responsible + item.subitems.flatMap(\.responsible) where !parties.contains(party) && !names.isPersonName(party) {
            parties.append(party)
        }
        // Most items name their bodies once each and no sub-item adds one: the activity shares the item's array.
        if parties == item.responsible { parties = item.responsible }
        return Activity(
            source: .roadmap, document: document, directionID: section.directionID, sectionTitle: section.title,
            number: item.number, text: item.text, deadline: item.schedule, parties: parties, responsible: item.responsible,
            persons: item.persons, stage: item.stage, level: level, levelSource: source, rowID: item.id,
            subitems: item.subitems, location: item.location)
    }

    static func activity(
        _ text: String, level: Level, row: LevelPlanRow, section: LevelPlanSection, plan: LevelPlan, document: ActivityDocument,
        names: BodyNames
    ) -> Activity {
        let inline = row.inlineDeadlines[level] ?? []
        // «(Январь 2020, МОиПО СО, ИРО)»: the bodies named after the deadline are the cell's responsible parties.
        var parties: [String] = []
        for note in inline.compactMap(\.context) {
            for part in note.split(separator: ",") {
                let name = Glossary.key(String(part))
                if names.knows(name), !parties.contains(name) { parties.append(name) }
            }
        }
        return Activity(
            source: .plan, document: document, directionID: section.directionID, sectionTitle: section.title,
            text: text, planYear: row.yearNumber, inlineDeadlines: inline, parties: parties, responsible: parties,
            stage: row.stages[level] ?? StageClassification(stage: .measures), level: level, levelSource: .plan,
            rowID: row.id, location: row.location)
    }
}
