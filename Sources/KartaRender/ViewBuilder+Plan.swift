import KartaModel

extension ViewBuilder {
    public func plan(_ plan: LevelPlan) -> PlanView {
        let path = SitePath.plan(plan)
        let entity = content.entity(plan.entityID)
        let sections = plan.sections.enumerated().map { index, section in
            PlanView.SectionView(
                anchor: RoadmapAnchor.section(index, direction: section.directionID),
                title: section.title,
                rows: section.rows.map { row in
                    PlanView.RowView(anchor: RoadmapAnchor.item(row.id), cells: cells(for: row, columns: plan.columns))
                })
        }
        return PlanView(
            chrome: chrome(from: path, title: plan.title, breadcrumbs: entityTrail(plan.entityID)),
            title: plan.title,
            approval: approvalView(plan.approval),
            entity: LinkView(label: entity?.name ?? plan.entityID, url: link(from: path, to: SitePath.entity(plan.entityID))),
            period: plan.period.map(RussianFormat.period),
            introHTML: plan.intro.map(markdown.html),
            columns: plan.columns.map { RoadmapView.ColumnView(title: $0.title, key: $0.key.rawValue) },
            columnCount: plan.columns.count,
            sections: sections)
    }

    /// Cells in column order; adjacent level cells with the same text are merged into one, with a
    /// note naming the levels, so an activity planned at several levels is read once.
    func cells(for row: LevelPlanRow, columns: [LevelPlanColumn]) -> [PlanView.CellView] {
        var cells: [PlanView.CellView] = []
        var previous: (cell: LevelCell?, levels: [Level])?
        for column in columns {
            guard let level = Level(rawValue: column.key.rawValue) else {
                cells.append(PlanView.CellView(isYear: true, isNothing: false, label: column.title, html: nil, text: row.year, colspan: 1, sharedLevels: nil))
                previous = nil
                continue
            }
            let cell = row.cells[level]
            if case .text? = cell, let last = previous, last.cell == cell {
                let levels = last.levels + [level]
                cells[cells.count - 1].colspan += 1
                cells[cells.count - 1].label += ", " + column.title
                cells[cells.count - 1].sharedLevels = levels.map(Self.levelShortName).joined(separator: ", ")
                previous = (cell, levels)
                continue
            }
            switch cell {
            case .nothing?: cells.append(PlanView.CellView(isYear: false, isNothing: true, label: column.title, html: nil, text: nil, colspan: 1, sharedLevels: nil))
            case .text(let text)?:
                cells.append(PlanView.CellView(
                    isYear: false, isNothing: false, label: column.title, html: markdown.cellHTML(text), text: nil, colspan: 1, sharedLevels: nil))
            case nil: cells.append(PlanView.CellView(isYear: false, isNothing: false, label: column.title, html: nil, text: nil, colspan: 1, sharedLevels: nil))
            }
            previous = (cell, [level])
        }
        return cells
    }
}
