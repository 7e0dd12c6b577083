import KartaModel

/// A roadmap's items as JSON: every item with its direction, deadline and responsible parties.
struct RoadmapExport: Encodable {
    struct ApprovalRecord: Encodable {
        var heading: String?
        var kind: String
        var body: String
        var number: String?
        var date: String?
        var text: String?
    }

    struct PeriodRecord: Encodable {
        var from: Int
        var to: Int
    }

    struct ColumnRecord: Encodable {
        var key: String
        var title: String
    }

    struct DeadlineRecord: Encodable {
        var text: String
    }

    struct SubitemRecord: Encodable {
        var number: String?
        var text: String
        var deadline: DeadlineRecord
        var responsible: [String]
    }

    struct ItemRecord: Encodable {
        var id: String
        var number: String?
        var direction: String
        var section: String
        var text: String
        var deadline: DeadlineRecord
        var responsible: [String]
        var indicator: String?
        var result: String?
        var status: String?
        var subitems: [SubitemRecord]?
    }

    var id: String
    var entity: String
    var title: String
    var approval: ApprovalRecord?
    var period: PeriodRecord?
    var columns: [ColumnRecord]
    var items: [ItemRecord]

    init(_ roadmap: Roadmap) {
        id = roadmap.id
        entity = roadmap.entityID
        title = roadmap.title
        approval = roadmap.approval.map {
            ApprovalRecord(heading: $0.heading, kind: $0.kind, body: $0.body, number: $0.number, date: $0.date?.description, text: $0.text)
        }
        period = roadmap.period.map { PeriodRecord(from: $0.from, to: $0.to) }
        columns = roadmap.columns.map { ColumnRecord(key: $0.key.rawValue, title: $0.title) }
        items = roadmap.sections.flatMap { section in
            section.items.map { item in
                ItemRecord(
                    id: item.id, number: item.number, direction: section.directionID, section: section.title, text: item.text,
                    deadline: DeadlineRecord(text: item.deadline ?? ""), responsible: item.responsible,
                    indicator: item.indicator, result: item.result, status: item.status?.rawValue,
                    subitems: item.subitems.isEmpty ? nil : item.subitems.map {
                        SubitemRecord(number: $0.number, text: $0.text, deadline: DeadlineRecord(text: $0.deadline ?? ""), responsible: $0.responsible)
                    })
            }
        }
    }
}
