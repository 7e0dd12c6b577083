import KartaModel

/// Checks of annual reports against the roadmaps, expected results and indicators they draw on.
///
/// A name that points nowhere (a roadmap, an activity, a table, a row) is an error: the author meant
/// something that is not there. A section that will come out empty is a warning, because the content
/// it waits for may simply not be written yet.
extension ContentValidator {
    func checkReports(_ diagnostics: inout Diagnostics) {
        for report in content.reports {
            checkExecution(report, &diagnostics)
            checkAchievements(report, &diagnostics)
            for section in report.sections { check(section, of: report, &diagnostics) }
        }
        // `ENTITY/reports.md` would take the address of the entity's list of reports.
        for entityID in Set(content.reports.map(\.entityID)) {
            for page in content.pages where page.id == entityID + "/reports" {
                diagnostics.error(.addressClash, "this page's address /\(page.id)/ is the list of the entity's annual reports; rename the page", at: page.location)
            }
        }
    }

    private func roadmaps(of entityID: String) -> ArraySlice<Roadmap> { content.roadmaps(of: entityID) }
    private func tables(of entityID: String) -> ArraySlice<ExpectedResults> { content.expectedResults(of: entityID) }

    private static func hint(_ id: String, in known: [String]) -> String {
        if let close = YAMLReader.closest(to: id, in: known) { return "; did you mean '\(close)'?" }
        return known.isEmpty ? "; it has none" : ""
    }

    private func checkExecution(_ report: Report, _ diagnostics: inout Diagnostics) {
        let own = roadmaps(of: report.entityID)
        var reported: Set<String> = []
        // A report names most activities of its roadmaps: look them up by id, not by a scan of all items per record.
        // By position, not a copy of every item: a region's reports name tens of thousands of them.
        var itemsByRoadmap: [String: [String: (section: Int, item: Int)]] = [:]
        for record in report.execution {
            guard let roadmap = own.first(where: { $0.id == record.roadmapID }) else {
                guard reported.insert(record.roadmapID).inserted else { continue }
                if let file = broken.roadmap(record.roadmapID, of: report.entityID) {
                    diagnostics.append(BrokenFiles.note("'\(record.roadmapID)'", in: file, at: record.roadmapLocation))
                } else {
                    diagnostics.error(
                        .unknownRoadmap, "'\(record.roadmapID)' is not a roadmap of \(report.entityID)\(Self.hint(record.roadmapID, in: own.map(\.id)))",
                        at: record.roadmapLocation)
                }
                continue
            }
            let positions = itemsByRoadmap[roadmap.id] ?? Self.itemPositions(roadmap)
            itemsByRoadmap[roadmap.id] = positions
            guard let position = positions[record.itemID] else {
                if let file = broken.roadmap(roadmap.id, of: report.entityID) {
                    diagnostics.append(BrokenFiles.note("'\(record.itemID)'", in: file, at: record.location))
                    continue
                }
                diagnostics.error(
                    .unknownItem, "roadmap '\(roadmap.id)' has no activity '\(record.itemID)'\(Self.hint(record.itemID, in: roadmap.items.map(\.id)))",
                    at: record.location)
                continue
            }
            let item = roadmap.sections[position.section].items[position.item]
            if !item.isDue(in: report.year, period: roadmap.period) {
                diagnostics.warning(
                    .notDue, "activity '\(item.id)' is not due in \(report.year) by its deadline («\(item.deadline ?? "")»), so its execution is not shown",
                    at: record.location)
            }
        }
    }

    /// Each item id's section and place in it; the first item wins when two share an id (an error reported elsewhere).
    static func itemPositions(_ roadmap: Roadmap) -> [String: (section: Int, item: Int)] {
        var positions: [String: (section: Int, item: Int)] = [:]
        for (sectionIndex, section) in roadmap.sections.enumerated() {
            for (itemIndex, item) in section.items.enumerated() where positions[item.id] == nil {
                positions[item.id] = (sectionIndex, itemIndex)
            }
        }
        return positions
    }

    private func checkAchievements(_ report: Report, _ diagnostics: inout Diagnostics) {
        let own = tables(of: report.entityID)
        for achieved in report.achievements {
            guard let table = own.first(where: { $0.id == achieved.tableID }) else {
                if let file = broken.expectedResults(achieved.tableID, of: report.entityID) {
                    diagnostics.append(BrokenFiles.note("'\(achieved.tableID)'", in: file, at: achieved.location))
                    continue
                }
                diagnostics.error(
                    .unknownTable, "'\(achieved.tableID)' is not an expected-results table of \(report.entityID)\(Self.hint(achieved.tableID, in: own.map(\.id)))",
                    at: achieved.location)
                continue
            }
            let rows = table.sections.flatMap(\.rows)
            guard let row = rows.first(where: { $0.id == achieved.rowID }) else {
                if let file = broken.expectedResults(table.id, of: report.entityID) {
                    diagnostics.append(BrokenFiles.note("'\(achieved.rowID)'", in: file, at: achieved.location))
                    continue
                }
                diagnostics.error(
                    .unknownRow, "expected results '\(table.id)' have no row '\(achieved.rowID)'\(Self.hint(achieved.rowID, in: rows.map(\.id)))",
                    at: achieved.location)
                continue
            }
            if row.results[report.year] == nil {
                diagnostics.warning(
                    .noExpectedResult, "row '\(row.id)' expects nothing for \(report.year), so what was achieved is not shown", at: achieved.location)
            }
        }
    }

    private func check(_ section: ReportSection, of report: Report, _ diagnostics: inout Diagnostics) {
        switch section.kind {
        case .execution:
            let own = roadmaps(of: report.entityID)
            for id in section.roadmapIDs where !own.contains(where: { $0.id == id }) {
                if let file = broken.roadmap(id, of: report.entityID) {
                    diagnostics.append(BrokenFiles.note("'\(id)'", in: file, at: section.location))
                } else {
                    diagnostics.error(.unknownRoadmap, "'\(id)' is not a roadmap of \(report.entityID)\(Self.hint(id, in: own.map(\.id)))", at: section.location)
                }
            }
            let chosen = section.roadmapIDs.isEmpty ? own : own.filter { section.roadmapIDs.contains($0.id) }
            if let (id, file) = broken.roadmap(among: section.roadmapIDs, of: report.entityID) {
                diagnostics.append(BrokenFiles.note("'\(id)'", in: file, at: section.location))
            } else if !chosen.contains(where: { roadmap in roadmap.itemsInOrder.contains { $0.isDue(in: report.year, period: roadmap.period) } }) {
                diagnostics.warning(.emptySection, "no roadmap activity of \(report.entityID) is due in \(report.year); the section says so", at: section.location)
            }
        case .expectedResults:
            let own = tables(of: report.entityID)
            for id in section.tableIDs where !own.contains(where: { $0.id == id }) {
                if let file = broken.expectedResults(id, of: report.entityID) {
                    diagnostics.append(BrokenFiles.note("'\(id)'", in: file, at: section.location))
                    continue
                }
                diagnostics.error(
                    .unknownTable, "'\(id)' is not an expected-results table of \(report.entityID)\(Self.hint(id, in: own.map(\.id)))", at: section.location)
            }
            let chosen = section.tableIDs.isEmpty ? own : own.filter { section.tableIDs.contains($0.id) }
            if let (id, file) = broken.expectedResults(among: section.tableIDs, of: report.entityID) {
                diagnostics.append(BrokenFiles.note("'\(id)'", in: file, at: section.location))
            } else if !chosen.contains(where: { $0.years.contains(report.year) }) {
                diagnostics.warning(.emptySection, "no expected-results table of \(report.entityID) has a column for \(report.year); the section says so", at: section.location)
            }
        case .indicators, .chart:
            if let file = broken.indicators(of: report.entityID) {
                // Missing rows and empty years are what the file's errors left out.
                return diagnostics.append(BrokenFiles.note("this section's indicators", in: file, at: section.location))
            }
            guard let table = content.indicators(of: report.entityID) else {
                diagnostics.warning(
                    .noIndicators, "\(report.entityID) has no indicators.csv or indicators.yaml; the section says so", at: section.location)
                return
            }
            for code in section.codes where !table.indicators.contains(where: { $0.matches(code) }) {
                diagnostics.warning(.unknownIndicator, "no indicator has the code '\(code)' or lies below it", at: section.location)
            }
            let chosen = table.select(section.codes)
            if !chosen.contains(where: { $0.observation(in: report.year)?.value != nil }) {
                diagnostics.warning(.emptySection, "none of these indicators has a value for \(report.year)", at: section.location)
            }
        }
    }
}
