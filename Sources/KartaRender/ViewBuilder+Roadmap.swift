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
                rows: section.items.flatMap { rows(for: $0, columns: roadmap.columns, owner: entity?.level, from: path) })
        }
        return RoadmapView(
            chrome: chrome(from: path, title: roadmap.title, breadcrumbs: entityTrail(roadmap.entityID)),
            title: roadmap.title,
            approval: approvalView(roadmap.approval),
            entity: LinkView(label: entity?.name ?? roadmap.entityID, url: link(from: path, to: SitePath.entity(roadmap.entityID))),
            period: roadmap.period.map(RussianFormat.period),
            itemCount: RussianFormat.activities(roadmap.itemCount),
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
            outroHTML: roadmap.outro.map(markdown.html),
            source: roadmap.source)
    }

    func rows(for item: RoadmapItem, columns: [Column], owner: Level?, from path: String) -> [RoadmapView.RowView] {
        let main = RoadmapView.RowView(
            anchor: RoadmapAnchor.item(item.id), isSubitem: false,
            cells: columns.map { column in
                switch column.key {
                case .number: cell(column, text: item.number, isRowHeader: true)
                case .text: cell(column, html: markdown.cellHTML(item.text), meta: activityMeta(item, owner: owner))
                case .deadline: cell(column, text: item.deadline, datetime: item.schedule.flatMap(Self.datetime), meta: Self.deadlineNote(item.schedule))
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
                    case .deadline:
                        cell(column, text: subitem.deadline, datetime: subitem.schedule.flatMap(Self.datetime), meta: Self.deadlineNote(subitem.schedule))
                    case .responsible: cell(column, parties: parties(subitem.responsible, from: path))
                    default: cell(column)
                    }
                })
        }
        return [main] + subrows
    }

    /// «?» is printed where the deadline was not decided: say so in words next to it.
    static func deadlineNote(_ deadline: Deadline?) -> String? {
        guard let deadline, deadline.kind == .unspecified, deadline.text.contains(where: { !$0.isWhitespace }) else { return nil }
        return "срок не определён"
    }

    /// «Этап цикла: Анализ результатов мониторинга · уровень ОО (по ответственным)».
    func activityMeta(_ item: RoadmapItem, owner: Level?) -> String {
        var meta = "Этап цикла: " + item.stage.stage.title
        let (level, source) = ActivityIndex.level(of: item, owner: owner, levels: bodyLevels)
        if level != owner { meta += " · \(Self.levelShortName(level)) (\(RussianFormat.levelSource(source)))" }
        return meta
    }

    private func cell(
        _ column: Column, text: String? = nil, datetime: String? = nil, html: String? = nil, parties: [PartyView] = [],
        meta: String? = nil, isRowHeader: Bool = false
    ) -> RoadmapView.CellView {
        RoadmapView.CellView(
            key: column.key.rawValue, isRowHeader: isRowHeader, html: html, text: text, datetime: datetime ?? "",
            hasDatetime: datetime != nil, parties: parties, meta: meta ?? "", hasMeta: meta != nil)
    }
}
