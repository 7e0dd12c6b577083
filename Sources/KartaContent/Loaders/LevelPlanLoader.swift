import Foundation
import KartaModel
import Yams

/// Reads `plans/ID.yaml`: year × level rows per direction.
enum LevelPlanLoader {
    static func plan(_ root: Node?, id: String, entityID: String, reader: YAMLReader) -> LevelPlan? {
        guard let map = reader.mapping(
            root, "the plan", allowed: ["title", "approval", "period", "columns", "intro", "sections"])
        else { return nil }
        let title = map.string("title", required: true)
        let approval = DocumentLoader.approval(map)
        let period = DocumentLoader.period(map)
        let columns = DocumentLoader.columns(map, as: LevelPlanColumn.Key.self).map { LevelPlanColumn(key: $0.0, title: $0.1) }
        let intro = map.string("intro")
        var seen: [String: SourceLocation] = [:]
        let sections = (map.sequence("sections", required: true) ?? []).compactMap { node -> LevelPlanSection? in
            guard let section = reader.mapping(node, "a section", allowed: ["direction", "title", "rows"]) else { return nil }
            let direction = section.string("direction", required: true)
            let title = section.string("title", required: true)
            let rows = (section.sequence("rows", required: true) ?? []).compactMap { row($0, seen: &seen, reader: reader) }
            guard let direction, let title else { return nil }
            return LevelPlanSection(directionID: direction, title: title, rows: rows, location: section.location(of: "direction"))
        }
        guard let title else { return nil }
        return LevelPlan(
            id: id, entityID: entityID, title: title, approval: approval, period: period, columns: columns,
            intro: intro, sections: sections, location: map.location)
    }

    static func row(_ node: Node, seen: inout [String: SourceLocation], reader: YAMLReader) -> LevelPlanRow? {
        guard let map = reader.mapping(node, "a row", allowed: ["id", "year"] + Level.allCases.map(\.rawValue)) else { return nil }
        let id = map.string("id", required: true)
        let year = map.string("year")
        var cells: [Level: LevelCell] = [:]
        for level in Level.allCases {
            guard let text = map.string(level.rawValue) else { continue }
            cells[level] = text.trimmingCharacters(in: .whitespacesAndNewlines) == "-" ? .nothing : .text(text)
        }
        guard let id, DocumentLoader.checkID(id, node: map.value("id"), seen: &seen, reader: reader) else { return nil }
        return LevelPlanRow(id: id, year: year, cells: cells, location: map.location(of: "id"))
    }
}
