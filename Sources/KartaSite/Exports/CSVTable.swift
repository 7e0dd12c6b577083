import Foundation

/// RFC 4180 CSV, UTF-8 with a byte-order mark so that Excel opens Cyrillic text correctly.
struct CSVTable {
    var header: [String]
    var rows: [[String]]

    var text: String {
        var out = "\u{FEFF}"
        for row in [header] + rows {
            out += row.map(Self.field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension CSVTable {
    /// One line per item, then one per subitem: the fields of the JSON export, responsible parties
    /// joined by «; ». A subitem's id is `<item id>/<n>` («/» never occurs in item ids) and `parent`
    /// names its item.
    init(roadmap: RoadmapExport) {
        header = [
            "id", "parent", "number", "direction", "section", "text", "deadline", "deadline_kind", "responsible", "indicator",
            "result", "status", "stage", "level", "level_source",
        ]
        rows = roadmap.items.flatMap { item in
            let main = [
                item.id, "", item.number ?? "", item.direction, item.section, item.text, item.deadline.text, item.deadline.kind.name,
                item.responsible.joined(separator: "; "), item.indicator ?? "", item.result ?? "", item.status ?? "",
                item.stage, item.level, item.levelSource,
            ]
            let subrows = (item.subitems ?? []).enumerated().map { index, subitem in
                [
                    "\(item.id)/\(index + 1)", item.id, subitem.number ?? "", item.direction, item.section, subitem.text,
                    subitem.deadline.text, subitem.deadline.kind.name, subitem.responsible.joined(separator: "; "), "", "", "",
                    item.stage, item.level, item.levelSource,
                ]
            }
            return [main] + subrows
        }
    }
}
