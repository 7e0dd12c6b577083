import KartaModel

/// Reads `reports/YYYY.md`: front matter, then the narrative with its `karta` directives.
enum ReportLoader {
    static let frontMatterKeys = [
        "year", "title", "compiled_by", "approval", "date", "contacts", "summary", "demo", "execution", "achieved",
    ]

    static func report(text: String, year: Int, entityID: String, file: String) -> (Report?, Diagnostics) {
        var diagnostics = Diagnostics()
        guard let split = FrontMatter.split(text) else {
            diagnostics.error(
                .frontMatter, "the report has no front matter; start it with '---', a 'title:' line and '---' (karta new report writes one)",
                at: SourceLocation(file: file, line: 1, column: 1))
            return (nil, diagnostics)
        }
        let reader = YAMLReader(file: file, lineOffset: 1)
        let root: YAMLNode?
        switch YAMLDocument.parse(split.yaml, file: file, lineOffset: 1) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return (nil, diagnostics)
        case .success(let node): root = node
        }
        guard let map = reader.mapping(root, "the report's front matter", allowed: frontMatterKeys) else {
            diagnostics.append(contentsOf: reader.diagnostics)
            return (nil, diagnostics)
        }
        if let stated = map.int("year", in: 1900...2200), stated != year {
            reader.error(.value, "'year' is \(stated) but the file is named \(year).md; the file name gives the report's year and address", at: map.value("year"))
        }
        let title = map.string("title", required: true)
        let report = Report(
            entityID: entityID, year: year, title: title ?? "",
            compiledBy: map.string("compiled_by"),
            approval: DocumentLoader.approval(map),
            date: map.date("date"),
            contacts: map.orderedPairs("contacts"),
            summary: map.string("summary"),
            isDemo: map.bool("demo") ?? false,
            blocks: blocks(split.body, firstLine: split.bodyLine, file: file, diagnostics: &diagnostics),
            execution: execution(map, reader: reader),
            achievements: achievements(map, reader: reader),
            location: SourceLocation(file: file, line: 1, column: 1))
        diagnostics.append(contentsOf: reader.diagnostics)
        return (title == nil ? nil : report, diagnostics)
    }

    /// `execution: {roadmap-id: {item-id: status | {status, result}}}`.
    static func execution(_ map: MappingReader, reader: YAMLReader) -> [ExecutionRecord] {
        guard let node = map.value("execution") else { return [] }
        return reader.entries(node, "'execution' (roadmap ids)").flatMap { roadmap in
            reader.entries(roadmap.value, "the activities of roadmap '\(roadmap.key)' (item ids)").compactMap { item -> ExecutionRecord? in
                let location = reader.location(item.keyNode)
                let roadmapLocation = reader.location(roadmap.keyNode)
                if case .scalar = item.value {
                    let text = item.value.scalar?.string ?? ""
                    guard let status = ItemStatus(rawValue: text) else {
                        reader.error(.value, "the status of '\(item.key)' must be one of \(statusList); found '\(text)'", at: item.value)
                        return nil
                    }
                    return ExecutionRecord(roadmapID: roadmap.key, itemID: item.key, status: status, location: location, roadmapLocation: roadmapLocation)
                }
                guard let entry = reader.mapping(item.value, "the execution of '\(item.key)'", allowed: ["status", "result"]) else { return nil }
                let status = entry.choice("status", as: ItemStatus.self)
                let result = entry.string("result")
                if status == nil, result == nil, !entry.has("status") {
                    reader.error(.missingField, "the execution of '\(item.key)' needs a 'status' or a 'result'", at: item.value)
                    return nil
                }
                return ExecutionRecord(
                    roadmapID: roadmap.key, itemID: item.key, status: status, result: result, location: location, roadmapLocation: roadmapLocation)
            }
        }
    }

    /// `achieved: {table-id: {row-id: text}}`.
    static func achievements(_ map: MappingReader, reader: YAMLReader) -> [AchievedResult] {
        guard let node = map.value("achieved") else { return [] }
        return reader.entries(node, "'achieved' (expected-results ids)").flatMap { table in
            reader.entries(table.value, "the rows of expected results '\(table.key)' (row ids)").compactMap { row -> AchievedResult? in
                guard case .scalar(let scalar) = row.value, !scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    reader.error(.type, "what was achieved for '\(row.key)' must be a text", at: row.value)
                    return nil
                }
                return AchievedResult(tableID: table.key, rowID: row.key, text: scalar.string, location: reader.location(row.keyNode))
            }
        }
    }

    static var statusList: String { ItemStatus.allCases.map(\.rawValue).joined(separator: ", ") }

    /// The narrative and the sections its directives ask for.
    static func blocks(_ body: String, firstLine: Int, file: String, diagnostics: inout Diagnostics) -> [ReportBlock] {
        ReportBodyScanner.split(body, firstLine: firstLine).compactMap { piece -> ReportBlock? in
            switch piece {
            case .markdown(let text, let line): return .markdown(text, line: line)
            case .directive(let directive):
                return section(directive, file: file, diagnostics: &diagnostics).map(ReportBlock.section)
            }
        }
    }

    static func section(_ directive: ReportBodyScanner.Directive, file: String, diagnostics: inout Diagnostics) -> ReportSection? {
        let location = SourceLocation(file: file, line: directive.line, column: directive.column)
        let names = ReportSection.Kind.allCases.map(\.rawValue)
        guard let kind = ReportSection.Kind(rawValue: directive.name) else {
            let found = directive.name.isEmpty ? "no section name" : "'\(directive.name)'"
            let hint = YAMLReader.closest(to: directive.name, in: names).map { "; did you mean '\($0)'?" } ?? ""
            diagnostics.error(.directive, "a karta block names the section to generate: \(names.joined(separator: ", ")); found \(found)\(hint)", at: location)
            return nil
        }
        guard directive.isClosed else {
            diagnostics.error(.directive, "this karta block is never closed; end it with a line of backticks or tildes like the one that opens it", at: location)
            return nil
        }
        if !directive.extra.isEmpty {
            diagnostics.error(.directive, "write options of '\(kind.rawValue)' as YAML lines inside the block, not after its name ('\(directive.extra)')", at: location)
        }
        var section = ReportSection(kind: kind, headingLevel: min(6, max(2, directive.headingAbove + 1)), location: location)
        guard !directive.options.allSatisfy(\.isWhitespace) else {
            if kind == .chart { diagnostics.error(.missingField, "a chart needs 'type: dynamics' or 'type: target'", at: location) }
            return kind == .chart ? nil : section
        }
        let reader = YAMLReader(file: file, lineOffset: directive.line)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        let root: YAMLNode?
        switch YAMLDocument.parse(directive.options, file: file, lineOffset: directive.line) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let node): root = node
        }
        let allowed: [String] = switch kind {
        case .execution: ["title", "roadmaps"]
        case .expectedResults: ["title", "tables"]
        case .indicators: ["title", "codes"]
        case .chart: ["title", "type", "codes"]
        }
        guard let options = reader.mapping(root, "the options of '\(kind.rawValue)'", allowed: allowed) else { return nil }
        section.title = options.string("title")
        section.roadmapIDs = options.strings("roadmaps")
        section.tableIDs = options.strings("tables")
        section.codes = options.strings("codes")
        if kind == .chart {
            guard let chart = options.choice("type", required: true, as: ReportSection.Chart.self) else { return nil }
            section.chart = chart
        }
        return section
    }
}
