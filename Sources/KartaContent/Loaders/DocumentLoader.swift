import KartaModel

/// Fields shared by roadmaps and plans: the approving document and the period.
enum DocumentLoader {
    static let approvalKeys = ["heading", "kind", "body", "number", "date", "text"]

    static func approval(_ map: MappingReader) -> Approval? {
        guard let approval = map.mapping("approval", "approval", allowed: approvalKeys) else { return nil }
        let heading = approval.string("heading")
        let kind = approval.string("kind", required: true)
        let body = approval.string("body")
        let number = approval.string("number")
        let date = approval.date("date")
        let text = approval.string("text")
        guard let kind else { return nil }
        return Approval(heading: heading, kind: kind, body: body, number: number, date: date, text: text)
    }

    static func period(_ map: MappingReader) -> Period? {
        guard let period = map.mapping("period", "period", allowed: ["from", "to", "academic"]) else { return nil }
        let from = period.int("from", required: true, in: 1900...2200)
        let to = period.int("to", required: true, in: 1900...2200)
        let academic = period.bool("academic") ?? false
        guard let from, let to else { return nil }
        if to < from {
            map.reader.error(.value, "period ends (\(to)) before it starts (\(from))", at: map.value("period"))
            return nil
        }
        if academic, to == from {
            // A school year runs from September to August of the next year: {from: 2020, to: 2021}.
            map.reader.error(.value, "a period of school years ends in the year after it starts: write {from: \(from), to: \(from + 1), academic: true} for \(from)/\(from + 1)", at: period.value("academic"))
            return nil
        }
        return Period(from: from, to: to, isAcademic: academic)
    }

    /// The keys every section of a roadmap, plan or expected-results table has, before its rows.
    static let sectionKeys = ["direction", "direction_guessed", "title"]

    /// `direction_guessed: true`, which `karta import` writes when a section's title matched no
    /// direction rule: a warning at the direction until an editor confirms it and deletes the line.
    static func directionGuessed(_ map: MappingReader, direction: String?, title: String?) -> Bool {
        guard map.bool("direction_guessed") == true else { return false }
        map.reader.warning(
            .directionGuessed,
            "section «\(title ?? "")» was filed under '\(direction ?? "")' by karta import, which found no direction in its title; "
                + "check the direction, then delete 'direction_guessed: true'",
            at: map.value("direction") ?? map.value("direction_guessed"))
        return true
    }

    /// `{key, title}` entries; each key from `Key` at most once.
    static func columns<Key: RawRepresentable & CaseIterable & Hashable>(_ map: MappingReader, as: Key.Type) -> [(Key, String)]
    where Key.RawValue == String {
        guard let nodes = map.sequence("columns", required: true) else { return [] }
        var columns: [(Key, String)] = []
        for node in nodes {
            guard let column = map.reader.mapping(node, "a column", allowed: ["key", "title"]) else { continue }
            let key = column.choice("key", required: true, as: Key.self)
            let title = column.string("title", required: true)
            guard let key, let title else { continue }
            if columns.contains(where: { $0.0 == key }) {
                map.reader.error(.duplicateColumn, "column '\(key.rawValue)' is listed twice", at: node)
                continue
            }
            columns.append((key, title))
        }
        return columns
    }

    /// Checks an id against the slug rule and against the ids seen so far in the same document.
    static func checkID(_ id: String, node: YAMLNode?, seen: inout [String: SourceLocation], reader: YAMLReader) -> Bool {
        if !Slug.isValidID(id) {
            reader.error(.id, "id '\(id)' must use only a-z, 0-9, '-', '.' and '_'", at: node)
            return false
        }
        if let first = seen[id] {
            reader.error(.duplicateId, "duplicate id '\(id)' (first used at \(first))", at: node)
            return false
        }
        seen[id] = reader.location(node)
        return true
    }
}
