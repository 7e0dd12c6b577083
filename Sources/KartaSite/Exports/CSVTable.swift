import Foundation

/// RFC 4180 CSV, UTF-8 with a byte-order mark so that Excel opens Cyrillic text correctly.
struct CSVTable {
    var header: [String]
    var rows: [[String]]

    /// Appended field by field into one string: a roadmap of 200,000 items has millions of fields.
    var text: String {
        var out = "\u{FEFF}"
        Self.append(header, to: &out)
        for row in rows { Self.append(row, to: &out) }
        return out
    }

    private static func append(_ row: [String], to out: inout String) {
        for (index, value) in row.enumerated() {
            if index > 0 { out += "," }
            out += field(value)
        }
        out += "\r\n"
    }

    static func field(_ value: String) -> String {
        // Bytes first: most fields hold none of these, and walking their characters is slow. A field
        // that holds one is decided by characters, as before («\r\n» is one character, neither «\r» nor «\n»).
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3B }),
              value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" })
        else { return value }
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
