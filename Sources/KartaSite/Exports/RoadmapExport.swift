import Foundation
import KartaModel

/// A roadmap's items as JSON: every item with its direction, deadline and responsible parties.
struct RoadmapExport: Encodable {
    struct ApprovalRecord: Encodable {
        var heading: String?
        var kind: String
        var body: String?
        var number: String?
        var date: String?
        var text: String?
    }

    struct PeriodRecord: Encodable {
        var from: Int
        var to: Int
        /// True for school years (September to August); left out for calendar years.
        var academic: Bool?
    }

    struct ColumnRecord: Encodable {
        var key: String
        var title: String
    }

    struct SubitemRecord: Encodable {
        var number: String?
        var text: String
        var deadline: Deadline
        var responsible: [String]
        /// People named as responsible; left out when none.
        var persons: [String]?
    }

    struct ItemRecord: Encodable {
        var id: String
        var number: String?
        var direction: String
        var section: String
        var text: String
        var deadline: Deadline
        var responsible: [String]
        /// People named as responsible; left out when none.
        var persons: [String]?
        var indicator: String?
        var result: String?
        var status: String?
        /// The management-cycle stage, and whether the source set it (`explicit`) or the rules derived it.
        var stage: String
        var stageExplicit: Bool
        /// The level that carries the activity, and where it came from: `explicit` (`level:`), `responsible`
        /// (the glossary level of its first body that has one) or `entity` (the roadmap's entity).
        var level: String
        var levelSource: String
        var subitems: [SubitemRecord]?

        enum CodingKeys: String, CodingKey {
            case id, number, direction, section, text, deadline, responsible, persons, indicator, result, status, stage, level, subitems
            case stageExplicit = "stage_explicit"
            case levelSource = "level_source"
        }
    }

    var id: String
    var entity: String
    var title: String
    var approval: ApprovalRecord?
    var period: PeriodRecord?
    var columns: [ColumnRecord]
    /// Always empty here: the records are made a chunk at a time from `records` while the JSON is
    /// encoded or the CSV written, so the 200,000 records of a big roadmap never exist at once.
    var items: [ItemRecord] = []

    /// The roadmap's items (each section's in order) as export records, by position.
    struct Records: Sendable {
        private let roadmap: Roadmap
        private let owner: Level?
        private let levels: BodyIdentities
        /// Section and item index of each position.
        private let positions: [(section: Int32, item: Int32)]

        /// `levels` is made once per build (`ViewBuilder.bodies`): made for each roadmap's two
        /// exports it was 14 % of a region build.
        init(_ roadmap: Roadmap, content: SiteContent, levels: BodyIdentities) {
            self.roadmap = roadmap
            owner = content.entity(roadmap.entityID)?.level
            self.levels = levels
            positions = roadmap.sections.indices.flatMap { section in
                roadmap.sections[section].items.indices.map { (Int32(section), Int32($0)) }
            }
        }

        var count: Int { positions.count }

        subscript(range: Range<Int>) -> [ItemRecord] {
            positions[range].map { position in
                let section = roadmap.sections[Int(position.section)]
                let item = section.items[Int(position.item)]
                let (level, levelSource) = ActivityIndex.level(of: item, in: roadmap, owner: owner, levels: levels)
                return ItemRecord(
                    id: item.id, number: item.number, direction: section.directionID, section: section.title, text: item.text,
                    deadline: RoadmapExport.deadline(item.schedule), responsible: item.responsible,
                    persons: item.persons.isEmpty ? nil : item.persons, indicator: item.indicator, result: item.result, status: item.status?.rawValue,
                    stage: item.stage.stage.rawValue, stageExplicit: item.stage.isExplicit, level: level.rawValue,
                    levelSource: levelSource.rawValue,
                    subitems: item.subitems.isEmpty ? nil : item.subitems.map {
                        SubitemRecord(
                            number: $0.number, text: $0.text, deadline: RoadmapExport.deadline($0.schedule), responsible: $0.responsible,
                            persons: $0.persons.isEmpty ? nil : $0.persons)
                    })
            }
        }
    }

    init(_ roadmap: Roadmap) {
        id = roadmap.id
        entity = roadmap.entityID
        title = roadmap.title
        approval = roadmap.approval.map {
            ApprovalRecord(heading: $0.heading, kind: $0.kind, body: $0.body, number: $0.number, date: $0.date?.description, text: $0.text)
        }
        period = roadmap.period.map { PeriodRecord(from: $0.from, to: $0.to, academic: $0.isAcademic ? true : nil) }
        columns = roadmap.columns.map { ColumnRecord(key: $0.key.rawValue, title: $0.title) }
    }

    /// The export of `roadmap` as `JSONExport.data` writes it, the items made and encoded in chunks.
    static func jsonData(_ roadmap: Roadmap, content: SiteContent, levels: BodyIdentities) throws -> Data {
        let records = Records(roadmap, content: content, levels: levels)
        return try JSONExport.data(RoadmapExport(roadmap), elementCount: records.count, under: "items") { records[$0] }
    }

    /// An absent cell is exported as an empty, unspecified deadline, so every record has the same shape.
    static func deadline(_ deadline: Deadline?) -> Deadline {
        deadline ?? Deadline(text: "", kind: .unspecified)
    }
}
