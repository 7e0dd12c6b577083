import Foundation
import KartaModel

/// The documents of the content model as tables to compare.
extension TableDocument {
    public init(_ roadmap: Roadmap, entityLevel: Level?) {
        let columns = roadmap.columns.map { column in
            TableColumn(key: column.key.rawValue, title: column.title, role: Self.role(of: column.key))
        }
        let sections = roadmap.sections.map { section in
            TableSection(directionID: section.directionID, title: section.title, rows: section.items.map { item in
                var cells: [String: CellValue] = [ColumnKey.text.rawValue: .text(item.text)]
                if let deadline = item.deadline { cells[ColumnKey.deadline.rawValue] = .deadline(deadline, item.schedule) }
                // People are compared with the bodies, as the page shows them in the same column.
                let parties = item.responsible + item.persons
                if !parties.isEmpty { cells[ColumnKey.responsible.rawValue] = .parties(parties) }
                if let indicator = item.indicator { cells[ColumnKey.indicator.rawValue] = .text(indicator) }
                if let result = item.result { cells[ColumnKey.result.rawValue] = .text(result) }
                if let status = item.status { cells[ColumnKey.status.rawValue] = .choice(status.rawValue) }
                let subrows = item.subitems.enumerated().map { index, subitem in
                    var cells: [String: CellValue] = [ColumnKey.text.rawValue: .text(subitem.text)]
                    if let deadline = subitem.deadline { cells[ColumnKey.deadline.rawValue] = .deadline(deadline, subitem.schedule) }
                    let parties = subitem.responsible + subitem.persons
                    if !parties.isEmpty { cells[ColumnKey.responsible.rawValue] = .parties(parties) }
                    return TableRow(id: "\(item.id)/\(index + 1)", number: subitem.number, cells: cells, mainText: subitem.text)
                }
                return TableRow(
                    id: item.id, number: item.number, cells: cells, level: item.level ?? entityLevel, mainText: item.text, subrows: subrows)
            })
        }
        self.init(
            kind: .roadmap, id: roadmap.id, entityID: roadmap.entityID, title: roadmap.title,
            metadata: Self.documentFields(title: roadmap.title, approval: roadmap.approval, period: roadmap.period) + [
                MetadataField("intro", roadmap.intro), MetadataField("outro", roadmap.outro), MetadataField("source", roadmap.source),
            ],
            columns: columns, sections: sections, period: roadmap.period)
    }

    static func role(of key: ColumnKey) -> TableColumn.Role {
        switch key {
        case .number: .number
        case .text, .result: .cell(.wording)
        case .deadline: .cell(.deadline)
        case .responsible: .cell(.responsible)
        case .indicator: .cell(.indicator)
        case .status: .cell(.status)
        }
    }

    public init(_ plan: LevelPlan) {
        let columns = plan.columns.map { TableColumn(key: $0.key.rawValue, title: $0.title, role: .cell(.wording)) }
        let sections = plan.sections.map { section in
            TableSection(directionID: section.directionID, title: section.title, rows: section.rows.map { row in
                var cells: [String: CellValue] = [:]
                if let year = row.year { cells[LevelPlanColumn.Key.year.rawValue] = .text(year) }
                for (level, cell) in row.cells {
                    switch cell {
                    case .nothing: cells[level.rawValue] = .text("—")
                    case .text(let text): cells[level.rawValue] = .text(text)
                    }
                }
                let text = Level.allCases.compactMap { cells[$0.rawValue]?.plainText }.joined(separator: "\n")
                return TableRow(id: row.id, cells: cells, mainText: text)
            })
        }
        self.init(
            kind: .plan, id: plan.id, entityID: plan.entityID, title: plan.title,
            metadata: Self.documentFields(title: plan.title, approval: plan.approval, period: plan.period) + [MetadataField("intro", plan.intro)],
            columns: columns, sections: sections, period: plan.period)
    }

    public init(_ table: ExpectedResults) {
        let columns = table.years.map { TableColumn(key: String($0), title: String($0), role: .cell(.wording)) }
        let sections = table.sections.map { section in
            TableSection(directionID: section.directionID, title: section.title, rows: section.rows.map { row in
                var cells: [String: CellValue] = [:]
                for (year, text) in row.results { cells[String(year)] = .text(text) }
                let text = table.years.compactMap { row.results[$0] }.joined(separator: "\n")
                return TableRow(id: row.id, cells: cells, mainText: text)
            })
        }
        self.init(
            kind: .expectedResults, id: table.id, entityID: table.entityID, title: table.title,
            metadata: [MetadataField("title", table.title), MetadataField("caption", table.caption), MetadataField("intro", table.intro)],
            columns: columns, sections: sections)
    }

    /// `entityID`: a territory's own glossary (`glossary.yaml` in its entity folder); nil for the root one.
    public init(glossary: Glossary, entityID: String? = nil) {
        let columns = [
            TableColumn(key: "abbreviation", title: "Сокращение", role: .number),
            TableColumn(key: "full", title: "Расшифровка", role: .cell(.wording)),
            TableColumn(key: "kind", title: "Вид", role: .cell(.status)),
            TableColumn(key: "variants", title: "Варианты написания", role: .cell(.wording)),
            TableColumn(key: "note", title: "Примечание", role: .cell(.wording)),
        ]
        let rows = glossary.entries.sorted { $0.abbreviation < $1.abbreviation }.map { entry in
            var cells: [String: CellValue] = ["full": .text(entry.full), "kind": .choice(entry.kind.rawValue)]
            if !entry.variants.isEmpty { cells["variants"] = .text(entry.variants.joined(separator: ", ")) }
            if let note = entry.note { cells["note"] = .text(note) }
            return TableRow(id: entry.abbreviation, number: entry.abbreviation, cells: cells, mainText: entry.full)
        }
        self.init(
            kind: .glossary, id: "glossary", entityID: entityID, title: "Глоссарий сокращений", metadata: [], columns: columns,
            sections: [TableSection(directionID: "", title: "", rows: rows)])
    }

    public init(directions: [Direction]) {
        let columns = [
            TableColumn(key: "id", title: "Код", role: .number),
            TableColumn(key: "title", title: "Направление", role: .cell(.wording)),
            TableColumn(key: "short", title: "Краткое название", role: .cell(.wording)),
            TableColumn(key: "group", title: "Группа", role: .cell(.status)),
        ]
        let rows = directions.map { direction in
            var cells: [String: CellValue] = ["title": .text(direction.title), "group": .choice(direction.group.rawValue)]
            if let short = direction.shortTitle { cells["short"] = .text(short) }
            return TableRow(id: direction.id, number: direction.id, cells: cells, mainText: direction.title)
        }
        self.init(
            kind: .directions, id: "directions", entityID: nil, title: "Направления", metadata: [], columns: columns,
            sections: [TableSection(directionID: "", title: "", rows: rows)])
    }

    public init(entities: [Entity]) {
        let columns = [
            TableColumn(key: "id", title: "Папка", role: .number),
            TableColumn(key: "name", title: "Наименование", role: .cell(.wording)),
            TableColumn(key: "short", title: "Краткое наименование", role: .cell(.wording)),
            TableColumn(key: "level", title: "Уровень", role: .cell(.status)),
            TableColumn(key: "responsible", title: "Называется в таблицах", role: .cell(.responsible)),
            TableColumn(key: "description", title: "Описание", role: .cell(.wording)),
        ]
        let rows = entities.map { entity in
            var cells: [String: CellValue] = ["name": .text(entity.name), "level": .choice(entity.level.rawValue)]
            if let short = entity.shortName { cells["short"] = .text(short) }
            if !entity.responsibleAs.isEmpty { cells["responsible"] = .parties(entity.responsibleAs) }
            let details = entity.details.map { "\($0.label): \($0.value)" }
            let description = ([entity.description].compactMap { $0 } + details).joined(separator: "\n")
            if !description.isEmpty { cells["description"] = .text(description) }
            return TableRow(id: entity.id, number: entity.id, cells: cells, level: entity.level, mainText: entity.name)
        }
        self.init(
            kind: .entities, id: "entities", entityID: nil, title: "Органы и организации", metadata: [], columns: columns,
            sections: [TableSection(directionID: "", title: "", rows: rows)])
    }

    /// Monitoring figures: a row per indicator code and year, values with their unit, so a change of
    /// «85 %» to «90 %» reads as «+5 п.п.».
    public init(indicators table: IndicatorTable) {
        let columns = [
            TableColumn(key: "code", title: "Код", role: .number),
            TableColumn(key: "name", title: "Показатель", role: .cell(.wording)),
            TableColumn(key: "year", title: "Год", role: .cell(.wording)),
            TableColumn(key: "value", title: "Значение", role: .cell(.indicator)),
            TableColumn(key: "target", title: "Целевое значение", role: .cell(.indicator)),
            TableColumn(key: "better", title: "Лучше", role: .cell(.status)),
            TableColumn(key: "source", title: "Источник", role: .cell(.wording)),
        ]
        func figure(_ number: IndicatorNumber?, unit: String) -> CellValue? {
            guard let number else { return nil }
            let digits = String(format: "%.\(number.decimals)f", number.value).replacingOccurrences(of: ".", with: ",")
            return .text(unit.isEmpty ? digits : digits + " " + unit)
        }
        let rows = table.indicators.flatMap { indicator in
            indicator.observations.map { observation in
                var cells: [String: CellValue] = [
                    "name": .text(indicator.name), "year": .text(String(observation.year)), "better": .choice(indicator.better.rawValue),
                ]
                cells["value"] = figure(observation.value, unit: indicator.unit)
                cells["target"] = figure(observation.target, unit: indicator.unit)
                if let source = observation.source { cells["source"] = .text(source) }
                return TableRow(id: "\(indicator.code)/\(observation.year)", number: indicator.code, cells: cells, mainText: "\(indicator.code) \(indicator.name) \(observation.year)")
            }
        }
        self.init(
            kind: .indicators, id: "indicators", entityID: table.entityID, title: "Показатели мониторинга", metadata: [], columns: columns,
            sections: [TableSection(directionID: "", title: "", rows: rows)])
    }

    /// Title, approving document and period, shared by roadmaps and plans.
    static func documentFields(title: String, approval: Approval?, period: Period?) -> [MetadataField] {
        var approvalText: String?
        if let approval {
            approvalText = approval.text ?? [approval.kind, approval.body, approval.number.map { "№ \($0)" }].compactMap { $0 }.joined(separator: " ")
        }
        return [
            MetadataField("title", title),
            MetadataField("approval", approvalText),
            MetadataField("approval-date", approval?.date?.description),
            MetadataField("approval-heading", approval?.heading),
            MetadataField("period", period.map { $0.isAcademic ? "\($0.from)–\($0.to), учебные годы" : $0.from == $0.to ? "\($0.from)" : "\($0.from)–\($0.to)" }),
        ]
    }
}
