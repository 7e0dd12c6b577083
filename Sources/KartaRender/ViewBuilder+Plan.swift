import KartaModel

extension ViewBuilder {
    public func plan(_ plan: LevelPlan) -> PlanView {
        let path = SitePath.plan(plan)
        let entity = content.entity(plan.entityID)
        let sections = plan.sections.enumerated().map { index, section in
            let catalogueTitle = directionTitle(section.directionID)
            return PlanView.SectionView(
                anchor: RoadmapAnchor.section(index, direction: section.directionID),
                title: section.title,
                directionTitle: Self.sameWords(catalogueTitle, section.title) ? nil : catalogueTitle,
                rows: section.rows.map { row in
                    PlanView.RowView(anchor: RoadmapAnchor.item(row.id), cells: plan.columns.map { column in
                        switch column.key {
                        case .year: PlanView.CellView(isYear: true, isNothing: false, html: nil, text: row.year)
                        case .region, .municipality, .school:
                            switch row.cells[Level(rawValue: column.key.rawValue)!] {
                            case .nothing?: PlanView.CellView(isYear: false, isNothing: true, html: nil, text: nil)
                            case .text(let text)?: PlanView.CellView(isYear: false, isNothing: false, html: markdown.cellHTML(text), text: nil)
                            case nil: PlanView.CellView(isYear: false, isNothing: false, html: nil, text: nil)
                            }
                        }
                    })
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
}
