import KartaModel

extension ViewBuilder {
    /// `/directions/ID/`: what each level does in one direction (how every subject covers its cycle is on its analysis page).
    public func direction(_ direction: Direction) -> DirectionView {
        let path = SitePath.direction(direction.id)
        let inDirection = lookup.inDirection(direction.id)
        // Each activity once, in the row of the first year it falls due in; grouped once, in index order.
        let byStart = Dictionary(grouping: inDirection, by: \.years.first)
        let starts = byStart.keys.compactMap { $0 }.sorted().map(Optional.some) + [nil]
        let listed = inDirection.count <= content.config.listLimit
        let rows = starts.compactMap { start -> DirectionView.YearRow? in
            guard let starting = byStart[start] else { return nil }
            let byLevel = Dictionary(grouping: starting, by: \.level)
            return DirectionView.YearRow(
                year: start.map { "\($0) г." } ?? "Срок не определён",
                cells: Level.allCases.map { level in
                    let atLevel = byLevel[level] ?? []
                    return DirectionView.LevelCell(
                        label: RussianFormat.levelColumn(level),
                        activities: listed ? atLevel.map { activityRow($0, from: path) } : [],
                        entities: listed ? [] : entityCounts(atLevel, year: start, from: path))
                })
        }
        return DirectionView(
            chrome: chrome(from: path, title: direction.title, breadcrumbs: [("Главная", SitePath.home), ("Направления", SitePath.directionIndex)]),
            title: direction.title,
            group: RussianFormat.directionGroup(direction.group),
            summary: levelSummary(inDirection),
            levels: Level.allCases.map(RussianFormat.levelColumn),
            rows: rows,
            listNote: listNote(inDirection.count),
            analysisURL: directionAnalysisURL(direction.id, from: path),
            otherDirections: content.directions.filter { $0.id != direction.id }.map {
                LinkView(label: $0.shortTitle ?? $0.title, url: link(from: path, to: SitePath.direction($0.id)))
            })
    }

    /// `/directions/`: the directions with their activities per level.
    public func directionIndex() -> DirectionIndexView {
        let path = SitePath.directionIndex
        return DirectionIndexView(
            chrome: chrome(from: path, title: "Направления", breadcrumbs: [("Главная", SitePath.home)]),
            directions: content.directions.map { direction in
                let inDirection = lookup.inDirection(direction.id)
                return DirectionIndexView.Entry(
                    link: LinkView(label: direction.title, url: link(from: path, to: SitePath.direction(direction.id))),
                    group: RussianFormat.directionGroup(direction.group), levels: levelSummary(inDirection))
            },
            analysisURL: hasAnalysis ? link(from: path, to: SitePath.analysisIndex) : nil)
    }

    /// «12 мероприятий: региональный уровень — 4, муниципальный уровень — 8.»; `year` adds «в 2020 году», and
    /// `place` («в Невьянском городском округе») goes before it.
    func levelSummary(_ activities: [Activity], year: Int? = nil, place: String? = nil) -> String {
        let when = (place.map { " " + $0 } ?? "") + (year.map { " " + RussianFormat.inYear($0) } ?? "")
        guard !activities.isEmpty else {
            return when.isEmpty ? "Мероприятий на сайте нет." : "\(String(when.dropFirst()).capitalizedFirst) мероприятий нет."
        }
        let levels = Level.allCases.compactMap { level -> String? in
            let count = activities.filter { $0.level == level }.count
            return count == 0 ? nil : "\(Self.levelShortName(level)) — \(count)"
        }
        return "\(RussianFormat.activities(activities.count))\(when): \(levels.joined(separator: ", "))."
    }
}
