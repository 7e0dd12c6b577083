import KartaModel

extension ViewBuilder {
    /// Level names as used in «также: …» notes.
    static func levelShortName(_ level: Level) -> String {
        switch level {
        case .region: "региональный уровень"
        case .municipality: "муниципальный уровень"
        case .school: "уровень ОО"
        }
    }

    public func level(_ level: Level) -> LevelView {
        let path = SitePath.level(level)
        let plans = content.plans.compactMap { plan -> LevelView.PlanGroup? in
            let planURL = link(from: path, to: SitePath.plan(plan))
            var count = 0
            let directions = plan.sections.compactMap { section -> LevelView.DirectionGroup? in
                var years: [LevelView.YearGroup] = []
                for row in section.rows {
                    guard case .text(let text)? = row.cells[level] else { continue }
                    let others = Level.allCases.filter { $0 != level && row.cells[$0] == .text(text) }
                    let activity = LevelView.Activity(
                        html: markdown.cellHTML(text),
                        sharedWith: others.isEmpty ? nil : "также: " + others.map(Self.levelShortName).joined(separator: ", "),
                        url: planURL + "#" + RoadmapAnchor.item(row.id))
                    count += 1
                    let year = row.year ?? "Год не указан"
                    if years.last?.year == year {
                        years[years.count - 1].activities.append(activity)
                    } else {
                        years.append(LevelView.YearGroup(year: year, activities: [activity]))
                    }
                }
                return years.isEmpty ? nil : LevelView.DirectionGroup(title: section.title, years: years)
            }
            guard !directions.isEmpty else { return nil }
            return LevelView.PlanGroup(plan: planLink(plan, from: path), directions: directions, count: RussianFormat.activities(count))
        }
        return LevelView(
            chrome: chrome(from: path, title: RussianFormat.levelColumn(level), breadcrumbs: [("Главная", SitePath.home)]),
            title: RussianFormat.levelColumn(level),
            plans: plans,
            otherLevels: Level.allCases.filter { $0 != level }.map {
                LinkView(label: RussianFormat.levelColumn($0), url: link(from: path, to: SitePath.level($0)))
            })
    }

    public func expectedResults(_ table: ExpectedResults) -> ExpectedResultsView {
        let path = SitePath.expectedResults(table)
        let entity = content.entity(table.entityID)
        return ExpectedResultsView(
            chrome: chrome(from: path, title: table.title, breadcrumbs: entityTrail(table.entityID)),
            title: table.title,
            caption: [table.caption, table.title].compactMap { $0 }.joined(separator: " "),
            entity: LinkView(label: entity?.name ?? table.entityID, url: link(from: path, to: SitePath.entity(table.entityID))),
            introHTML: table.intro.map(markdown.html),
            years: table.years.map(String.init),
            columnCount: table.years.count,
            sections: table.sections.enumerated().map { index, section in
                let heading = sectionHeading(index, direction: section.directionID, title: section.title)
                return ExpectedResultsView.SectionView(
                    anchor: heading.anchor,
                    title: section.title,
                    directionTitle: heading.directionTitle,
                    rows: section.rows.map { row in
                        ExpectedResultsView.Row(
                            anchor: RoadmapAnchor.item(row.id),
                            cells: table.years.map { ExpectedResultsView.Cell(html: row.results[$0].map(markdown.cellHTML)) })
                    })
            })
    }

    func expectedResultsLink(_ table: ExpectedResults, from path: String) -> LinkView {
        LinkView(
            label: [table.caption, table.title].compactMap { $0 }.joined(separator: " "),
            url: link(from: path, to: SitePath.expectedResults(table)),
            note: table.years.first.map { first in "\(first)–\(table.years.last ?? first) гг." })
    }
}
