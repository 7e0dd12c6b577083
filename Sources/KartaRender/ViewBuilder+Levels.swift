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
}
