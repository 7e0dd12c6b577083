import KartaModel
import KartaTemplates

extension ViewBuilder {
    public func roadmap(_ roadmap: Roadmap) -> RoadmapView {
        let path = SitePath.roadmap(roadmap)
        let entity = content.entity(roadmap.entityID)
        printsWording(of: roadmap.location.file)
        let sections = roadmap.sections.enumerated().map { index, section in
            RoadmapView.SectionView(
                anchor: RoadmapAnchor.section(index, direction: section.directionID),
                title: section.title,
                rows: rows(for: section.items, columns: roadmap.columns, in: roadmap.entityID, from: path))
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

    /// An item's own row, then one per subitem; each made when the template reaches it.
    func rows(for items: [RoadmapItem], columns: [Column], in entityID: String, from path: String) -> TemplateList<RoadmapView.RowView> {
        var positions: [(item: Int32, subitem: Int32)] = []
        positions.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            positions.append((Int32(index), -1))
            for subitem in item.subitems.indices { positions.append((Int32(index), Int32(subitem))) }
        }
        let (builder, rowPositions) = (self, positions)
        return TemplateList(count: rowPositions.count) { index in
            let position = rowPositions[index]
            let item = items[Int(position.item)]
            return position.subitem < 0
                ? builder.row(for: item, columns: columns, in: entityID, from: path)
                : builder.row(for: item.subitems[Int(position.subitem)], of: item, at: Int(position.subitem), columns: columns, in: entityID, from: path)
        }
    }

    func row(for item: RoadmapItem, columns: [Column], in entityID: String, from path: String) -> RoadmapView.RowView {
        RoadmapView.RowView(
            anchor: RoadmapAnchor.item(item.id), isSubitem: false,
            cells: columns.map { column in
                switch column.key {
                case .number: cell(column, text: item.number, isRowHeader: true)
                case .text: cell(column, html: markdown.cellHTML(item.text))
                case .deadline: cell(column, text: item.deadline, datetime: item.schedule.flatMap(Self.datetime), meta: Self.deadlineNote(item.schedule))
                case .responsible: cell(column, parties: parties(item.responsible + item.persons, in: entityID, from: path))
                case .indicator: cell(column, html: item.indicator.map(markdown.cellHTML))
                case .result: cell(column, html: item.result.map(markdown.cellHTML))
                case .status: cell(column, text: item.status.map(RussianFormat.status))
                }
            })
    }

    func row(for subitem: RoadmapSubitem, of item: RoadmapItem, at index: Int, columns: [Column], in entityID: String, from path: String) -> RoadmapView.RowView {
        RoadmapView.RowView(
            anchor: RoadmapAnchor.subitem(index, of: item.id), isSubitem: true,
            cells: columns.map { column in
                switch column.key {
                case .number: cell(column, text: subitem.number, isRowHeader: true)
                case .text: cell(column, html: markdown.cellHTML(subitem.text))
                case .deadline:
                    cell(column, text: subitem.deadline, datetime: subitem.schedule.flatMap(Self.datetime), meta: Self.deadlineNote(subitem.schedule))
                case .responsible: cell(column, parties: parties(subitem.responsible + subitem.persons, in: entityID, from: path))
                default: cell(column)
                }
            })
    }

    /// «?» is printed where the deadline was not decided: say so in words next to it. A school year printed
    /// in any form («2020–2021 уч. г.») is named in full, with the days it runs from and to.
    static func deadlineNote(_ deadline: Deadline?) -> String? {
        guard let deadline else { return nil }
        if case .academicYear(let academic) = deadline.kind { return RussianFormat.academicYear(academic) }
        guard deadline.kind == .unspecified, deadline.text.contains(where: { !$0.isWhitespace }) else { return nil }
        return "срок не определён"
    }

    private func cell(
        _ column: Column, text: String? = nil, datetime: String? = nil, html: String? = nil, parties: [PartyView] = [],
        meta: String? = nil, isRowHeader: Bool = false
    ) -> RoadmapView.CellView {
        RoadmapView.CellView(
            key: column.key.rawValue, label: column.title, isRowHeader: isRowHeader, html: html, text: text, datetime: datetime ?? "",
            hasDatetime: datetime != nil, parties: parties, meta: meta ?? "", hasMeta: meta != nil)
    }
}
