import Foundation
import KartaModel
import KartaRender

/// Produces every file of the site in memory: pages, exports and assets.
///
/// Pure with respect to its inputs: the same content and templates give the same files, in the
/// same order, whatever the number of threads.
public struct SiteGenerator: Sendable {
    public let content: SiteContent
    public let templates: TemplateSet
    /// Report pages link a PDF and the catalogue lists it (`karta build --pdf` prints them).
    public var withReportPDFs = false

    public init(content: SiteContent, templates: TemplateSet) {
        self.content = content
        self.templates = templates
    }

    /// A page to render: where it goes and how to make it.
    struct PageJob: Sendable {
        var path: String
        var render: @Sendable (ViewBuilder, TemplateSet) -> String
    }

    var pageJobs: [PageJob] {
        var jobs: [PageJob] = [PageJob(path: SitePath.home) { $1.render($0.home(), template: "home") }]
        jobs.append(PageJob(path: SitePath.glossary) { $1.render($0.glossary(), template: "glossary") })
        for entity in content.entities {
            jobs.append(PageJob(path: SitePath.entity(entity.id)) { $1.render($0.entity(entity), template: "entity") })
        }
        for roadmap in content.roadmaps {
            jobs.append(PageJob(path: SitePath.roadmap(roadmap)) { $1.render($0.roadmap(roadmap), template: "roadmap") })
        }
        for plan in content.plans {
            jobs.append(PageJob(path: SitePath.plan(plan)) { $1.render($0.plan(plan), template: "plan") })
        }
        for table in content.expectedResults {
            jobs.append(PageJob(path: SitePath.expectedResults(table)) { $1.render($0.expectedResults(table), template: "expected-results") })
        }
        if !content.plans.isEmpty {
            for level in Level.allCases {
                jobs.append(PageJob(path: SitePath.level(level)) { $1.render($0.level(level), template: "level") })
            }
        }
        jobs += yearJobs + directionJobs
        let bodies = ResponsibleBodies(content: content)
        if !bodies.bodies.isEmpty {
            jobs.append(PageJob(path: SitePath.responsibleIndex) { $1.render($0.responsibleIndex(bodies), template: "responsible-index") })
            for body in bodies.bodies {
                jobs.append(PageJob(path: SitePath.responsible(body.slug)) { $1.render($0.responsible(body), template: "responsible") })
            }
        }
        for report in content.reports {
            jobs.append(PageJob(path: SitePath.report(report)) { $1.render($0.report(report), template: "report") })
        }
        for entityID in Set(content.reports.map(\.entityID)).sorted() {
            jobs.append(PageJob(path: SitePath.reportIndex(entityID)) { $1.render($0.reportIndex(entityID), template: "report-index") })
        }
        for page in content.pages where page.id != "index" {
            jobs.append(PageJob(path: SitePath.page(page)) { $1.render($0.page(page), template: "page") })
        }
        jobs += publicPageJobs
        return jobs
    }

    /// Renders pages in parallel; each result lands in its own slot, so order never depends on timing.
    public func pages() -> [OutputFile] {
        let jobs = pageJobs
        let builder = ViewBuilder(content: content).linkingReportPDFs(withReportPDFs)
        let typographer = Typographer(glossary: content.glossary)
        let results = ResultSlots(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            let html = typographer.apply(toPage: job.render(builder, templates))
            results.set(index, OutputFile(path: SitePath.file(for: job.path), text: html))
        }
        return results.values
    }

    public func exports() throws -> [OutputFile] {
        var files = [OutputFile(path: SitePath.catalogue, data: try JSONExport.data(CatalogueExport(content, withReportPDFs: withReportPDFs)))]
        for roadmap in content.roadmaps {
            let export = RoadmapExport(roadmap, content: content)
            files.append(OutputFile(path: SitePath.roadmapJSON(roadmap), data: try JSONExport.data(export)))
            files.append(OutputFile(path: SitePath.roadmapCSV(roadmap), text: CSVTable(roadmap: export).text))
        }
        files += try publicFiles()
        return files
    }

    /// Files under `Templates/assets/` are copied to `assets/` as they are.
    public func assets() -> [OutputFile] {
        let folder = templates.folder + "/assets"
        let names = (FileManager.default.subpaths(atPath: folder) ?? []).sorted()
        return names.compactMap { name in
            var isDirectory: ObjCBool = false
            let path = folder + "/" + name
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: path) else { return nil }
            return OutputFile(path: "assets/" + name, data: data)
        }
    }
}

/// Fixed slots that parallel workers fill by index.
final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [OutputFile?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ file: OutputFile) {
        lock.lock()
        slots[index] = file
        lock.unlock()
    }

    var values: [OutputFile] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
