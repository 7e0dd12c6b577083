import Foundation
import KartaModel
import KartaRender

/// What every roadmap's and plan's export jobs read, held once: each job's closure keeps a reference to it
/// and a position, not copies of the content, the view builder and the document (a country has 42,000
/// roadmaps, three jobs each).
final class ExportFileMaker: Sendable {
    let builder: ViewBuilder

    init(builder: ViewBuilder) {
        self.builder = builder
    }

    var content: SiteContent { builder.content }

    func roadmapJSON(_ index: Int) throws -> Data {
        try RoadmapExport.jsonData(content.roadmaps[index], content: content, levels: builder.bodies)
    }

    func roadmapCSV(_ index: Int) -> Data {
        CSVWriter.roadmap(RoadmapExport.Records(content.roadmaps[index], content: content, levels: builder.bodies))
    }

    func roadmapSearchShard(_ index: Int) throws -> Data {
        try JSONExport.compactData(SearchShardExport(entries: builder.activityEntries(content.roadmaps[index], from: SitePath.search)))
    }

    func planSearchShard(_ index: Int) throws -> Data {
        try JSONExport.compactData(SearchShardExport(entries: builder.planEntries(content.plans[index], from: SitePath.search)))
    }
}
