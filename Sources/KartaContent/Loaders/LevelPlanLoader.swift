import Foundation
import KartaModel

/// Reads `plans/ID.yaml`: year × level rows per direction.
enum LevelPlanLoader {
    /// `derivesActivities`: whether each cell's cycle stage and the deadlines printed in it are read, which only
    /// the pages of activities use (`karta diff` compares the cells' texts).
    static func plan(_ root: YAMLNode?, id: String, entityID: String, reader: YAMLReader, derivesActivities: Bool = true) -> LevelPlan? {
        guard let map = reader.mapping(
            root, "the plan", allowed: ["title", "approval", "period", "columns", "intro", "sections"])
        else { return nil }
        let title = map.string("title", required: true)
        let approval = DocumentLoader.approval(map)
        let period = DocumentLoader.period(map)
        let columns = DocumentLoader.columns(map, as: LevelPlanColumn.Key.self).map { LevelPlanColumn(key: $0.0, title: $0.1) }
        let intro = map.string("intro")
        var seen: [String: SourceLocation] = [:]
        let sections = (map.sequence("sections", required: true) ?? []).compactMapSized { node -> LevelPlanSection? in
            guard let section = reader.mapping(node, "a section", allowed: DocumentLoader.sectionKeys + ["rows"]) else { return nil }
            let direction = section.string("direction", required: true)
            let title = section.string("title", required: true)
            let guessed = DocumentLoader.directionGuessed(section, direction: direction, title: title)
            var year: Int?
            let rows = (section.sequence("rows", required: true) ?? []).compactMapSized {
                row($0, inheritedYear: &year, seen: &seen, reader: reader, derivesActivities: derivesActivities)
            }
            guard let direction, let title else { return nil }
            return LevelPlanSection(directionID: direction, directionGuessed: guessed, title: title, rows: rows, location: section.location(of: "direction"))
        }
        guard let title else { return nil }
        return LevelPlan(
            id: id, entityID: entityID, title: title, approval: approval, period: period, columns: columns,
            intro: intro, sections: sections, location: map.location)
    }

    /// Reads one row. `inheritedYear` carries the year of the rows above it through the section: the documents
    /// print a year once over all its rows (a merged cell), so a row without one belongs to the year above.
    static func row(
        _ node: YAMLNode, inheritedYear: inout Int?, seen: inout [String: SourceLocation], reader: YAMLReader, derivesActivities: Bool = true
    ) -> LevelPlanRow? {
        guard let map = reader.mapping(node, "a row", allowed: ["id", "year"] + Level.allCases.map(\.rawValue)) else { return nil }
        let id = map.string("id", required: true)
        let year = map.string("year")
        var yearNumber = inheritedYear
        if let year {
            yearNumber = printedYear(year)
            if yearNumber == nil {
                map.reader.warning(.planYear, "the year «\(year)» could not be read; the row is missing from year pages", at: map.value("year"))
            }
            inheritedYear = yearNumber
        }
        var cells: [Level: LevelCell] = [:]
        var stages: [Level: StageClassification] = [:]
        var inline: [Level: [Deadline]] = [:]
        for level in Level.allCases {
            guard let text = map.string(level.rawValue) else { continue }
            if isDash(text) {
                cells[level] = .nothing
                continue
            }
            cells[level] = .text(text)
            guard derivesActivities else { continue }
            stages[level] = StageClassifier.classify(text)
            let deadlines = InlineDeadlines.find(in: text, defaultYear: yearNumber)
            if !deadlines.isEmpty { inline[level] = deadlines }
            for deadline in deadlines {
                for warning in deadline.allWarnings {
                    map.reader.warning(.deadlineRepaired, "deadline «\(deadline.text)»: \(warning)", at: map.value(level.rawValue))
                }
            }
        }
        guard let id, DocumentLoader.checkID(id, node: map.value("id"), seen: &seen, reader: reader) else { return nil }
        return LevelPlanRow(
            id: id, year: year, yearNumber: yearNumber, isYearInherited: year == nil && yearNumber != nil, cells: cells,
            stages: stages, inlineDeadlines: inline, location: map.location(of: "id"))
    }

    /// Whether a cell is «-» with nothing but white space around it: a level with nothing to do. Read
    /// scalar by scalar up to the second that is not white space, since most cells are long texts.
    static func isDash(_ text: String) -> Bool {
        var sawDash = false
        for scalar in text.unicodeScalars where !scalar.isWhitespace {
            guard !sawDash, scalar == "-" else { return false }
            sawDash = true
        }
        return sawDash
    }

    /// «2019», «2019 г.»: the one year a year cell prints; nil for anything else.
    static func printedYear(_ text: String) -> Int? {
        let deadline = DeadlineParser.parse(text, defaultYear: nil)
        if case .year(let year) = deadline.kind { return year }
        return nil
    }
}
