import KartaModel
import KartaRender

/// `data/index.json`: the site's open-data view, and a stable surface for tests and scripts.
struct CatalogueExport: Encodable {
    struct EntityRecord: Encodable {
        var id: String
        var level: String
        var name: String
        var url: String
        var parent: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(level, forKey: .level)
            try container.encode(name, forKey: .name)
            try container.encode(url, forKey: .url)
            try container.encode(parent, forKey: .parent)
        }

        enum CodingKeys: String, CodingKey { case id, level, name, url, parent }
    }

    struct RoadmapRecord: Encodable {
        var id: String
        var title: String
        var entity: String
        var url: String
        var json: String
        var csv: String
        var items: Int
    }

    struct PlanRecord: Encodable {
        var id: String
        var title: String
        var entity: String
        var url: String
        var rows: Int
    }

    /// `{"entity", "year", "url", "pdf"?}` plus the title and whether the figures are demonstration values.
    struct ReportRecord: Encodable {
        var entity: String
        var year: Int
        var title: String
        var url: String
        var pdf: String?
        var demo: Bool
    }

    var entities: [EntityRecord]
    var roadmaps: [RoadmapRecord]
    var plans: [PlanRecord]
    var reports: [ReportRecord]

    init(_ content: SiteContent, withReportPDFs: Bool = false) {
        entities = content.entities.map {
            EntityRecord(id: $0.id, level: $0.level.rawValue, name: $0.name, url: SitePath.entity($0.id), parent: $0.parentID)
        }
        roadmaps = content.roadmaps.map {
            RoadmapRecord(
                id: $0.id, title: $0.title, entity: $0.entityID, url: SitePath.roadmap($0),
                json: SitePath.roadmapJSON($0), csv: SitePath.roadmapCSV($0), items: $0.itemCount)
        }
        plans = content.plans.map {
            PlanRecord(id: $0.id, title: $0.title, entity: $0.entityID, url: SitePath.plan($0), rows: $0.sections.reduce(0) { $0 + $1.rows.count })
        }
        reports = content.reports.map {
            ReportRecord(
                entity: $0.entityID, year: $0.year, title: $0.title, url: SitePath.report($0),
                pdf: withReportPDFs ? SitePath.reportPDF($0) : nil, demo: $0.isDemo)
        }
    }
}
