import KartaModel

/// Reads `roadmaps/ID.yaml`.
enum RoadmapLoader {
    static func roadmap(
        _ root: YAMLNode?, id: String, entityID: String, reader: YAMLReader, derivesStages: Bool = true, memo: LoadMemo = LoadMemo()
    ) -> Roadmap? {
        guard let map = reader.mapping(
            root, "the roadmap", allowed: ["title", "approval", "period", "columns", "intro", "sections", "outro", "source"])
        else { return nil }
        let title = map.string("title", required: true)
        let approval = DocumentLoader.approval(map)
        let period = DocumentLoader.period(map)
        let columns = DocumentLoader.columns(map, as: ColumnKey.self).map { Column(key: $0.0, title: $0.1) }
        if map.has("columns"), !columns.contains(where: { $0.key == .text }) {
            reader.error(.missingColumn, "the columns must include 'text' (the activity)", at: map.value("columns"))
        }
        let intro = map.string("intro")
        var seen: [String: SourceLocation] = [:]
        let context = ItemContext(columns: Set(columns.map(\.key)), defaultYear: period?.from, derivesStages: derivesStages, memo: memo)
        let sections = (map.sequence("sections", required: true) ?? []).compactMapSized {
            section($0, context: context, seen: &seen, reader: reader)
        }
        let outro = map.string("outro")
        var source = map.string("source")
        // Only a web address becomes a link: `javascript:` and the like never reach the page.
        if let address = source, !(address.hasPrefix("https://") || address.hasPrefix("http://")) {
            reader.error(.badSource, "'source' must be a web address starting with https:// or http://", at: map.value("source"))
            source = nil
        }
        guard let title else { return nil }
        return Roadmap(
            id: id, entityID: entityID, title: title, approval: approval, period: period, columns: columns,
            intro: intro, sections: sections, outro: outro, source: source, location: map.location)
    }

    /// What every item of one roadmap is read against.
    struct ItemContext {
        var columns: Set<ColumnKey>
        /// The year a deadline that prints none («Апрель») is taken from: the period's first.
        var defaultYear: Int?
        /// False when loading for a comparison: the stage is then only what the source states.
        var derivesStages = true
        /// Cells read earlier in this load.
        var memo: LoadMemo
    }

    static func section(_ node: YAMLNode, context: ItemContext, seen: inout [String: SourceLocation], reader: YAMLReader) -> RoadmapSection? {
        guard let map = reader.mapping(node, "a section", allowed: DocumentLoader.sectionKeys + ["items"]) else { return nil }
        let direction = map.string("direction", required: true)
        let title = map.string("title", required: true)
        let guessed = DocumentLoader.directionGuessed(map, direction: direction, title: title)
        let items = (map.sequence("items", required: true) ?? []).compactMapSized {
            item($0, context: context, seen: &seen, reader: reader)
        }
        guard let direction, let title else { return nil }
        return RoadmapSection(directionID: direction, directionGuessed: guessed, title: title, items: items, location: map.location(of: "direction"))
    }

    static let itemKeys = [
        "id", "number", "text", "deadline", "responsible", "persons", "indicator", "result", "status", "stage", "level", "subitems",
    ]

    static func item(_ node: YAMLNode, context: ItemContext, seen: inout [String: SourceLocation], reader: YAMLReader) -> RoadmapItem? {
        guard let map = reader.mapping(node, "an item", allowed: itemKeys) else { return nil }
        let id = map.string("id", required: true)
        let number = map.string("number")
        let text = map.string("text", required: true)
        let deadline = map.string("deadline")
        let responsible = map.strings("responsible")
        let persons = persons(in: map, context: context, what: "item")
        let indicator = map.string("indicator")
        let result = map.string("result")
        let status = map.choice("status", as: ItemStatus.self)
        let stage = map.choice("stage", as: CycleStage.self)
        let level = map.choice("level", as: Level.self)
        let subitems = (map.sequence("subitems") ?? []).compactMapSized { subitem($0, context: context, reader: reader) }
        checkColumns(of: map, against: context.columns, what: "item")
        guard let id, let text, DocumentLoader.checkID(id, node: map.value("id"), seen: &seen, reader: reader) else { return nil }
        return RoadmapItem(
            id: id, number: number, text: text, deadline: deadline,
            schedule: schedule(deadline, in: map, context: context), responsible: responsible, persons: persons, indicator: indicator,
            result: result, status: status, stage: stage.map(StageClassification.explicit) ?? (context.derivesStages ? context.memo.classify(text) : StageClassification(stage: .measures)),
            level: level, subitems: subitems, location: map.location(of: "id"))
    }

    /// Reads a deadline cell; what had to be repaired, and what could not be read at all, is reported
    /// at the cell as a warning (the printed text is shown either way).
    static func schedule(_ text: String?, in map: MappingReader, context: ItemContext) -> Deadline? {
        guard let text else { return nil }
        let deadline = context.memo.parse(text, defaultYear: context.defaultYear)
        let node = map.value("deadline")
        for warning in deadline.allWarnings {
            map.reader.warning(.deadlineRepaired, "deadline «\(text)»: \(warning)", at: node)
        }
        if deadline.isUnparsed {
            map.reader.warning(
                .deadlineUnparsed, "the deadline «\(text)» could not be read; it is shown as printed but is missing from year pages and timelines",
                at: node)
        }
        return deadline
    }

    /// A field set on an item whose column the roadmap does not have would be invisible: an error.
    static func checkColumns(of map: MappingReader, against columns: Set<ColumnKey>, what: String) {
        for key in ColumnKey.allCases where key != .text && map.has(key.rawValue) && !columns.contains(key) {
            map.reader.error(
                .noColumn, "the \(what) sets '\(key.rawValue)' but the roadmap has no '\(key.rawValue)' column, so it would not be shown",
                at: map.value(key.rawValue))
        }
    }

    static func subitem(_ node: YAMLNode, context: ItemContext, reader: YAMLReader) -> RoadmapSubitem? {
        guard let map = reader.mapping(node, "a subitem", allowed: ["number", "text", "deadline", "responsible", "persons"]) else { return nil }
        checkColumns(of: map, against: context.columns, what: "subitem")
        let number = map.string("number")
        let text = map.string("text", required: true)
        let deadline = map.string("deadline")
        let responsible = map.strings("responsible")
        let persons = persons(in: map, context: context, what: "subitem")
        guard let text else { return nil }
        return RoadmapSubitem(
            number: number, text: text, deadline: deadline, schedule: schedule(deadline, in: map, context: context),
            responsible: responsible, persons: persons, location: map.location)
    }
}
