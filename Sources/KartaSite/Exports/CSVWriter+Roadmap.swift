import Foundation

extension CSVWriter {
    static let roadmapHeader = [
        "id", "parent", "number", "direction", "section", "text", "deadline", "deadline_kind", "responsible", "indicator",
        "result", "status", "stage", "level", "level_source",
    ]

    /// One line per item, then one per subitem: the fields of the JSON export, responsible parties
    /// and then persons joined by «; ». A subitem's id is `<item id>/<n>` («/» never occurs in item ids) and `parent`
    /// names its item. Records are made a chunk at a time, as for the JSON.
    static func roadmap(_ records: RoadmapExport.Records) -> Data {
        var writer = CSVWriter()
        writer.append(roadmapHeader)
        let chunk = JSONExport.chunkSize
        for first in stride(from: 0, to: records.count, by: chunk) {
            for item in records[first..<min(first + chunk, records.count)] {
                writer.append([
                    item.id, "", item.number ?? "", item.direction, item.section, item.text, item.deadline.text, item.deadline.kind.name,
                    (item.responsible + (item.persons ?? [])).joined(separator: "; "), item.indicator ?? "", item.result ?? "", item.status ?? "",
                    item.stage, item.level, item.levelSource,
                ])
                for (index, subitem) in (item.subitems ?? []).enumerated() {
                    writer.append([
                        "\(item.id)/\(index + 1)", item.id, subitem.number ?? "", item.direction, item.section, subitem.text,
                        subitem.deadline.text, subitem.deadline.kind.name, (subitem.responsible + (subitem.persons ?? [])).joined(separator: "; "), "", "", "",
                        item.stage, item.level, item.levelSource,
                    ])
                }
            }
        }
        return writer.data
    }
}
