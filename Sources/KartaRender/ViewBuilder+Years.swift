import KartaModel

extension ViewBuilder {
    public func yearIndex() -> YearIndexView {
        let path = SitePath.yearIndex
        return YearIndexView(
            chrome: chrome(from: path, title: "Мероприятия по годам", breadcrumbs: [("Главная", SitePath.home)]),
            years: yearLinks(from: path))
    }

    /// Every year with its number of activities, linked.
    func yearLinks(from path: String) -> [LinkView] {
        activities.years.map { year in
            LinkView(
                label: RussianFormat.yearTitle(year), url: link(from: path, to: SitePath.year(year)),
                note: RussianFormat.activities(lookup.dueCount(in: year)))
        }
    }

    /// The years an entity has activities in, each linked to its year page, with the number due that year.
    func yearLinks(of entity: Entity, from path: String) -> [LinkView] {
        entityActivities.years(of: entity.id).map { year in
            LinkView(
                label: RussianFormat.yearTitle(year), url: link(from: path, to: SitePath.entityYear(entity.id, year)),
                note: RussianFormat.activities(entityActivities.count(of: entity.id, in: year)))
        }
    }

    /// `/2022/`: every activity due that year, on every level.
    public func year(_ year: Int) -> YearView {
        let path = SitePath.year(year)
        let due = lookup.due(in: year)
        let years = activities.years
        let index = years.firstIndex(of: year)
        return YearView(
            chrome: chrome(from: path, title: RussianFormat.yearTitle(year), breadcrumbs: [("Главная", SitePath.home), ("Годы", SitePath.yearIndex)]),
            kicker: "Мероприятия по годам",
            title: RussianFormat.yearTitle(year),
            summary: levelSummary(due, year: year),
            entity: nil,
            previous: index.flatMap { $0 > 0 ? years[$0 - 1] : nil }.map { yearLink($0, from: path, to: SitePath.year($0)) },
            next: index.flatMap { $0 + 1 < years.count ? years[$0 + 1] : nil }.map { yearLink($0, from: path, to: SitePath.year($0)) },
            otherYears: [],
            timeline: timeline(id: "timeline-\(year)", year: year, subject: "все уровни", rows: timelineRows(due)),
            listNote: nil,
            levels: levelGroups(due, year: year, from: path, linkEntityYears: true, listsActivities: false),
            summaryOnly: true, folds: false, hasSummary: true,
            entityYears: content.entities.compactMap { entity in
                let count = entityActivities.count(of: entity.id, in: year)
                guard count > 0 else { return nil }
                return LinkView(label: entity.name, url: link(from: path, to: SitePath.entityYear(entity.id, year)), note: RussianFormat.activities(count))
            })
    }

    /// `/2022/ENTITY/`: one entity's activities that year, its own and those it is responsible for.
    public func entityYear(_ entity: Entity, _ year: Int) -> YearView {
        let path = SitePath.entityYear(entity.id, year)
        let concerned = activities(of: entity)
        let due = concerned.filter { entity.years(of: $0).contains(year) }
        let years = Array(Set(concerned.flatMap(entity.years(of:)))).sorted()
        let index = years.firstIndex(of: year)
        let levels = levelGroups(due, year: year, from: path, linkEntityYears: false)
        let folds = levels.reduce(0) { $0 + $1.entities.count } > 1
        return YearView(
            chrome: chrome(
                from: path, title: "\(displayName(entity)): \(RussianFormat.yearTitle(year))",
                breadcrumbs: entityTrail(entity.id) + [(RussianFormat.yearTitle(year), SitePath.year(year))]),
            kicker: entity.name,
            title: "\(RussianFormat.yearTitle(year)): \(displayName(entity))",
            summary: levelSummary(due, year: year, place: entity.inName),
            entity: LinkView(label: entity.name, url: link(from: path, to: SitePath.entity(entity.id))),
            previous: index.flatMap { $0 > 0 ? years[$0 - 1] : nil }.map { yearLink($0, from: path, to: SitePath.entityYear(entity.id, $0)) },
            next: index.flatMap { $0 + 1 < years.count ? years[$0 + 1] : nil }.map { yearLink($0, from: path, to: SitePath.entityYear(entity.id, $0)) },
            otherYears: [LinkView(label: "\(RussianFormat.yearTitle(year)) на всех уровнях", url: link(from: path, to: SitePath.year(year)))],
            timeline: timeline(id: "timeline-\(year)", year: year, subject: displayName(entity), rows: timelineRows(due)),
            listNote: nil,
            levels: levels,
            summaryOnly: false, folds: folds, hasSummary: folds,
            entityYears: [])
    }

    /// Each entity with the years it has activities in, for the entity pages and the generator.
    public func entityYears() -> [(entity: Entity, years: [Int])] {
        content.entities.compactMap { entity in
            let years = entityActivities.years(of: entity.id)
            return years.isEmpty ? nil : (entity, years)
        }
    }

    /// What a page says when it has more activities than `list_limit` and lists them per entity instead.
    func listNote(_ count: Int) -> String? {
        listLimitNote(count, subject: RussianFormat.activities(count).capitalizedFirst + " —",
                      then: "здесь указано их число по каждому органу и каждой организации, а сами мероприятия — на странице органа или организации за этот год по ссылке.")
    }

    /// «SUBJECT больше, чем показывается на одной странице (N, параметр list_limit в site.yaml): THEN»,
    /// when `count` is over `list_limit`; every page that leaves its activities to other pages says it so.
    func listLimitNote(_ count: Int, subject: String, then: String) -> String? {
        guard count > content.config.listLimit else { return nil }
        return "\(subject) больше, чем показывается на одной странице (\(content.config.listLimit), параметр list_limit в site.yaml): \(then)"
    }

    static func years(of activities: [Activity]) -> [Int] {
        Array(Set(activities.flatMap(\.years))).sorted()
    }

    private func yearLink(_ year: Int, from path: String, to target: String) -> LinkView {
        LinkView(label: RussianFormat.yearTitle(year), url: link(from: path, to: target))
    }

    /// Level → entity → direction, activities sorted by their first month that year (those without one last).
    /// `listsActivities: false` (more than `list_limit`): each entity with its number and the link to its
    /// year page, without the activities.
    func levelGroups(_ due: [Activity], year: Int, from path: String, linkEntityYears: Bool, listsActivities: Bool = true) -> [YearView.LevelGroup] {
        Level.allCases.compactMap { level in
            let atLevel = due.filter { $0.level == level }
            guard !atLevel.isEmpty else { return nil }
            // Grouped once: filtering the level's activities per owner is quadratic on a region's year page.
            let byOwner = Dictionary(grouping: atLevel, by: \.entityID)
            let entities = byOwner.keys.sorted().map { owner -> YearView.EntityGroup in
                let owned = byOwner[owner] ?? []
                let byDirection = Dictionary(grouping: owned, by: \.directionID)
                let directions = !listsActivities ? [] : directionOrder(of: owned).map { id -> YearView.DirectionGroup in
                    // Each activity's first month worked out once, not in every comparison of the sort.
                    let rows = (byDirection[id] ?? []).enumerated()
                        .map { (month: $0.element.months(in: year).first ?? 13, offset: $0.offset, activity: $0.element) }
                        .sorted { ($0.month, $0.offset) < ($1.month, $1.offset) }
                        .map { activityRow($0.activity, year: year, from: path) }
                    return YearView.DirectionGroup(
                        direction: LinkView(label: directionTitle(id), url: link(from: path, to: SitePath.direction(id))),
                        count: RussianFormat.activities(rows.count), activities: rows)
                }
                let entity = content.entity(owner)
                let anchor = "\(level.rawValue)-" + owner.split(separator: "/").joined(separator: "--")
                return YearView.EntityGroup(
                    anchor: anchor,
                    entity: LinkView(label: entity?.name ?? owner, url: link(from: path, to: SitePath.entity(owner))),
                    summaryURL: linkEntityYears ? link(from: path, to: SitePath.entityYear(owner, year)) : "#" + anchor,
                    count: RussianFormat.activities(owned.count), activityCount: owned.count, directions: directions)
            }
            return YearView.LevelGroup(
                anchor: "level-\(level.rawValue)", title: RussianFormat.levelColumn(level),
                count: RussianFormat.activities(atLevel.count), entities: entities)
        }
    }
}

extension String {
    /// The first letter in upper case: «в 2020 году» → «В 2020 году».
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
