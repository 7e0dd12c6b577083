import KartaModel

extension ViewBuilder {
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
                ExpectedResultsView.SectionView(
                    anchor: RoadmapAnchor.section(index, direction: section.directionID),
                    title: section.title,
                    rows: section.rows.map { row in
                        ExpectedResultsView.Row(
                            anchor: RoadmapAnchor.item(row.id),
                            cells: table.years.map { ExpectedResultsView.Cell(html: row.results[$0].map(markdown.cellHTML), label: String($0)) })
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
