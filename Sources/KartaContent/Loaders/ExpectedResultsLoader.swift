import KartaModel

/// Reads `expected-results/ID.yaml`: results by year, per direction.
enum ExpectedResultsLoader {
    static func table(_ root: YAMLNode?, id: String, entityID: String, reader: YAMLReader) -> ExpectedResults? {
        guard let map = reader.mapping(
            root, "the expected results", allowed: ["title", "caption", "intro", "years", "sections"])
        else { return nil }
        let title = map.string("title", required: true)
        let caption = map.string("caption")
        let intro = map.string("intro")
        let years = (map.sequence("years", required: true) ?? []).compactMap { node -> Int? in
            guard let text = node.scalar?.string, let year = Int(text), (1900...2200).contains(year) else {
                reader.error(.type, "each entry of 'years' must be a year such as 2021", at: node)
                return nil
            }
            return year
        }
        var seen: [String: SourceLocation] = [:]
        let allowedRowKeys = ["id"] + years.map(String.init)
        let sections = (map.sequence("sections", required: true) ?? []).compactMap { node -> ExpectedResultsSection? in
            guard let section = reader.mapping(node, "a section", allowed: DocumentLoader.sectionKeys + ["rows"]) else { return nil }
            let direction = section.string("direction", required: true)
            let title = section.string("title", required: true)
            let guessed = DocumentLoader.directionGuessed(section, direction: direction, title: title)
            let rows = (section.sequence("rows", required: true) ?? []).compactMap { rowNode -> ExpectedResultsRow? in
                guard let row = reader.mapping(rowNode, "a row (its keys are 'id' and the years listed in 'years')", allowed: allowedRowKeys) else { return nil }
                let rowID = row.string("id", required: true)
                var results: [Int: String] = [:]
                for year in years {
                    if let text = row.string(String(year)) { results[year] = text }
                }
                guard let rowID, DocumentLoader.checkID(rowID, node: row.value("id"), seen: &seen, reader: reader) else { return nil }
                return ExpectedResultsRow(id: rowID, results: results, location: row.location(of: "id"))
            }
            guard let direction, let title else { return nil }
            return ExpectedResultsSection(directionID: direction, directionGuessed: guessed, title: title, rows: rows, location: section.location(of: "direction"))
        }
        guard let title else { return nil }
        return ExpectedResults(
            id: id, entityID: entityID, title: title, caption: caption, intro: intro, years: years, sections: sections,
            location: map.location)
    }
}
