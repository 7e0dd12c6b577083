import KartaModel

extension ViewBuilder {
    func expectedSection(_ section: ReportSection, anchor: String, report: Report, from path: String) -> ExpectedAchievedView {
        let year = report.year
        let own = content.expectedResults(of: report.entityID)
        let chosen = (section.tableIDs.isEmpty ? own : own.filter { section.tableIDs.contains($0.id) }).filter { $0.years.contains(year) }
        let tables = chosen.map { table in
            let groups = table.sections.compactMap { tableSection -> ExpectedAchievedView.Group? in
                let rows = tableSection.rows.compactMap { row -> ExpectedAchievedView.Row? in
                    guard let expected = row.results[year] else { return nil }
                    return ExpectedAchievedView.Row(
                        anchor: "\(anchor)-\(table.id)-\(row.id)",
                        expectedHTML: markdown.cellHTML(expected),
                        achievedHTML: report.achievement(table: table.id, row: row.id).map { markdown.cellHTML($0.text) })
                }
                return rows.isEmpty ? nil : ExpectedAchievedView.Group(title: tableSection.title, rows: rows)
            }
            let rows = groups.flatMap(\.rows)
            let answered = rows.filter { $0.achievedHTML != nil }.count
            return ExpectedAchievedView.Table(
                caption: [table.caption, table.title].compactMap { $0 }.joined(separator: " ") + " на \(year) год",
                url: link(from: path, to: SitePath.expectedResults(table)),
                counts: RussianFormat.plural(rows.count, one: "ожидаемый результат", few: "ожидаемых результата", many: "ожидаемых результатов")
                    + "; сведения о достижении — \(share(answered, of: rows.count))",
                groups: groups)
        }
        return ExpectedAchievedView(
            anchor: anchor,
            heading: section.title ?? "Ожидаемые результаты \(year) года и их достижение",
            level: section.headingLevel,
            yearLabel: String(year),
            tables: tables,
            emptyNote: tables.isEmpty ? "Ожидаемые результаты на \(year) год на сайте не заданы." : nil)
    }
}
