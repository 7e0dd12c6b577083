import KartaModel

extension ViewBuilder {
    func executionSection(_ section: ReportSection, anchor: String, report: Report, from path: String) -> ExecutionSectionView {
        let own = Array(content.roadmaps(of: report.entityID))
        let chosen = section.roadmapIDs.isEmpty ? own : own.filter { section.roadmapIDs.contains($0.id) }
        let execution = RoadmapExecution(roadmaps: chosen, year: report.year, report: report, directionOrder: content.directions.map(\.id))
        let heading = section.title ?? (chosen.count == 1 ? "Исполнение дорожной карты в \(report.year) году" : "Исполнение дорожных карт в \(report.year) году")
        let directions = execution.directions.enumerated().map { index, direction in
            ExecutionSectionView.DirectionBlock(
                anchor: ReportAnchor.part(anchor, index),
                title: direction.printedTitle ?? directionTitle(direction.directionID),
                counts: countsLine(direction.entries),
                activities: direction.entries.map { activity($0, from: path) })
        }
        let summary = execution.directions.enumerated().map { index, direction in
            summaryRow(direction.printedTitle ?? directionTitle(direction.directionID), anchor: ReportAnchor.part(anchor, index), direction.entries)
        }
        return ExecutionSectionView(
            anchor: anchor, heading: heading, level: section.headingLevel, sublevel: min(section.headingLevel + 1, 6),
            year: String(report.year),
            sourcesLabel: chosen.count == 1 ? "По дорожной карте" : "По дорожным картам",
            sources: chosen.map { roadmapLink($0, from: path) },
            summary: summary,
            total: summaryRow("Всего", anchor: nil, execution.entries),
            rules: """
                В разделе — мероприятия, срок которых по дорожной карте приходится на \(report.year) год. Статус и результат — \
                по сведениям отчёта, а где их нет — по дорожной карте. Просроченным считается мероприятие, которое не выполнено, \
                или выполняется, хотя его разовый срок истёк в \(report.year) году или раньше; ежегодные и постоянные мероприятия, \
                которые выполняются, просроченными не считаются.
                """,
            directions: directions,
            emptyNote: execution.entries.isEmpty
                ? (chosen.isEmpty ? "Дорожных карт у этого органа на сайте нет." : "Мероприятий со сроком в \(report.year) году в дорожной карте нет.")
                : nil)
    }

    private func activity(_ entry: RoadmapExecution.Entry, from path: String) -> ExecutionSectionView.Activity {
        printsWording(of: entry.roadmap.location.file)
        return ExecutionSectionView.Activity(
            number: entry.item.number ?? "—",
            url: link(from: path, to: SitePath.roadmap(entry.roadmap)) + "#" + RoadmapAnchor.item(entry.item.id),
            textHTML: markdown.cellHTML(entry.item.text),
            deadline: entry.item.deadline,
            parties: parties(entry.item.responsible, in: entry.roadmap.entityID, from: path),
            status: RussianFormat.status(entry.status),
            statusKey: entry.status.rawValue,
            isOverdue: entry.isOverdue,
            resultHTML: entry.result.map(markdown.cellHTML))
    }

    private func summaryRow(_ label: String, anchor: String?, _ entries: [RoadmapExecution.Entry]) -> ExecutionSectionView.SummaryRow {
        let total = entries.count
        func count(_ status: ItemStatus) -> String { share(entries.filter { $0.status == status }.count, of: total) }
        return ExecutionSectionView.SummaryRow(
            label: label, anchor: anchor, total: String(total),
            done: count(.done), inProgress: count(.inProgress), notDone: count(.notDone), noData: count(.noData),
            overdue: share(entries.filter(\.isOverdue).count, of: total))
    }

    /// «5 мероприятий: выполнено — 3 (60 %), выполняется — 2 (40 %); просрочено — 1».
    private func countsLine(_ entries: [RoadmapExecution.Entry]) -> String {
        let parts = ItemStatus.allCases.compactMap { status -> String? in
            let count = entries.filter { $0.status == status }.count
            return count == 0 ? nil : "\(RussianFormat.status(status)) — \(share(count, of: entries.count))"
        }
        var line = RussianFormat.activities(entries.count) + ": " + parts.joined(separator: ", ")
        let overdue = entries.filter(\.isOverdue).count
        if overdue > 0 { line += "; просрочено — \(overdue)" }
        return line
    }
}
