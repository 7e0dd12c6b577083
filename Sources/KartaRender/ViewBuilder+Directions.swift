import KartaModel

extension ViewBuilder {
    /// `/directions/ID/`: what each level does in one direction, and how every subject covers its cycle.
    public func direction(_ direction: Direction) -> DirectionView {
        let path = SitePath.direction(direction.id)
        let inDirection = lookup.inDirection(direction.id)
        // Each activity once, in the row of the first year it falls due in. Positions are grouped in
        // one pass: a direction can hold every activity of the site, and each `Activity` is large to copy.
        var cellPositions: [Int?: [Level: [Int]]] = [:]
        for (position, activity) in inDirection.enumerated() {
            cellPositions[activity.years.first, default: [:]][activity.level, default: []].append(position)
        }
        let starts = cellPositions.keys.compactMap { $0 }.sorted().map(Optional.some) + (cellPositions[nil] == nil ? [] : [nil])
        let listed = inDirection.count <= content.config.listLimit
        let rows = starts.map { start -> DirectionView.YearRow in
            DirectionView.YearRow(
                year: start.map { "\($0) г." } ?? "Срок не определён",
                cells: Level.allCases.map { level in
                    let atLevel = cellPositions[start]?[level] ?? []
                    return DirectionView.LevelCell(
                        activities: listed ? atLevel.map { activityRow(inDirection[$0], from: path) } : [],
                        entities: listed ? [] : entityCounts(owners: atLevel.map { inDirection[$0].entityID }, year: start, from: path))
                })
        }
        let coverage = cycleSubjects().map { subject in
            cycleRow(
                heading: LinkView(label: subjectLabel(subject), url: subjectURL(subject, from: path)),
                coverage: self.coverage(of: subject), direction: direction.id)
        }
        return DirectionView(
            chrome: chrome(from: path, title: direction.title, breadcrumbs: [("Главная", SitePath.home), ("Направления", SitePath.directionIndex)]),
            title: direction.title,
            group: RussianFormat.directionGroup(direction.group),
            summary: levelSummary(inDirection),
            levels: Level.allCases.map(RussianFormat.levelColumn),
            rows: rows,
            listNote: listNote(inDirection.count),
            coverage: coverage.isEmpty ? nil : CycleTableView(
                anchor: "cycle", caption: "Управленческий цикл по направлению «\(direction.shortTitle ?? direction.title)»",
                rowHeading: "Орган, организация", columns: Self.cycleColumns, rows: coverage),
            otherDirections: content.directions.filter { $0.id != direction.id }.map {
                LinkView(label: $0.shortTitle ?? $0.title, url: link(from: path, to: SitePath.direction($0.id)))
            })
    }

    /// `/directions/`: the directions with their activities per level, and every subject's direction × stage table.
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
            // Every entity page has its own table: above list_limit the index leaves them there.
            tables: activities.activities.count > content.config.listLimit ? [] : cycleSubjects().map { cycleTable($0, from: path) },
            listNote: listLimitNote(
                activities.activities.count, subject: "Мероприятий на сайте",
                then: "таблица управленческого цикла каждого органа и каждой организации — на их страницах."))
    }

    /// «12 мероприятий: региональный уровень — 4, муниципальный уровень — 8.»; `year` adds «в 2020 году».
    func levelSummary(_ activities: [Activity], year: Int? = nil) -> String {
        guard !activities.isEmpty else { return year.map { "\(RussianFormat.inYear($0).capitalizedFirst) мероприятий нет." } ?? "Мероприятий на сайте нет." }
        let levels = Level.allCases.compactMap { level -> String? in
            let count = activities.count { $0.level == level }
            return count == 0 ? nil : "\(Self.levelShortName(level)) — \(count)"
        }
        let when = year.map { " " + RussianFormat.inYear($0) } ?? ""
        return "\(RussianFormat.activities(activities.count))\(when): \(levels.joined(separator: ", "))."
    }
}
