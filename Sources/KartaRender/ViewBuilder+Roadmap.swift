import KartaModel

extension ViewBuilder {
    public func roadmap(_ roadmap: Roadmap) -> RoadmapView {
        let path = SitePath.roadmap(roadmap)
        let entity = content.entity(roadmap.entityID)
        let sections = roadmap.sections.enumerated().map { index, section in
            let heading = sectionHeading(index, direction: section.directionID, title: section.title)
            return RoadmapView.SectionView(
                anchor: heading.anchor,
                title: section.title,
                directionTitle: heading.directionTitle,
                rows: section.items.flatMap { rows(for: $0, columns: roadmap.columns, from: path) })
        }
        return RoadmapView(
            chrome: chrome(from: path, title: roadmap.title, breadcrumbs: entityTrail(roadmap.entityID)),
            title: roadmap.title,
            approval: approvalView(roadmap.approval),
            entity: LinkView(label: entity?.name ?? roadmap.entityID, url: link(from: path, to: SitePath.entity(roadmap.entityID))),
            period: roadmap.period.map(RussianFormat.period),
            itemCount: RussianFormat.activities(roadmap.items.count),
            jsonURL: link(from: path, to: SitePath.roadmapJSON(roadmap)),
            csvURL: link(from: path, to: SitePath.roadmapCSV(roadmap)),
            introHTML: roadmap.intro.map(markdown.html),
            toc: roadmap.sections.enumerated().map { index, section in
                RoadmapView.TocEntry(
                    title: section.title, anchor: RoadmapAnchor.section(index, direction: section.directionID),
                    count: RussianFormat.activities(section.items.count))
            },
            columns: roadmap.columns.map { RoadmapView.ColumnView(title: $0.title, key: $0.key.rawValue) },
            columnCount: roadmap.columns.count,
            sections: sections,
            outroHTML: roadmap.outro.map(markdown.html))
    }

    func rows(for item: RoadmapItem, columns: [Column], from path: String) -> [RoadmapView.RowView] {
        let main = RoadmapView.RowView(
            anchor: RoadmapAnchor.item(item.id), isSubitem: false,
            cells: columns.map { column in
                switch column.key {
                case .number: cell(column, text: item.number, isRowHeader: true)
                case .text: cell(column, html: markdown.cellHTML(item.text))
                case .deadline: cell(column, text: item.deadline)
                case .responsible: cell(column, parties: parties(item.responsible, from: path))
                case .indicator: cell(column, html: item.indicator.map(markdown.cellHTML))
                case .result: cell(column, html: item.result.map(markdown.cellHTML))
                case .status: cell(column, text: item.status.map(RussianFormat.status))
                }
            })
        let subrows = item.subitems.enumerated().map { index, subitem in
            RoadmapView.RowView(
                anchor: RoadmapAnchor.subitem(index, of: item.id), isSubitem: true,
                cells: columns.map { column in
                    switch column.key {
                    case .number: cell(column, text: subitem.number, isRowHeader: true)
                    case .text: cell(column, html: markdown.cellHTML(subitem.text))
                    case .deadline: cell(column, text: subitem.deadline)
                    case .responsible: cell(column, parties: parties(subitem.responsible, from: path))
                    default: cell(column)
                    }
                })
        }
        return [main] + subrows
    }

    private func cell(_ column: Column, text: String? = nil, html: String? = nil, parties: [PartyView] = [], isRowHeader: Bool = false) -> RoadmapView.CellView {
        RoadmapView.CellView(key: column.key.rawValue, isRowHeader: isRowHeader, html: html, text: text, parties: parties)
    }
}
