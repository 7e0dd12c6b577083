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
    /// Made once: it indexes every activity of the site, which every page kind reads.
    public let viewBuilder: ViewBuilder
    /// Every page of the site, listed once: pages, the sitemap and an incremental build's list of
    /// files all read it.
    private(set) var pageJobs: [PageJob] = []

    public init(content: SiteContent, templates: TemplateSet) {
        self.content = content
        self.templates = templates
        viewBuilder = ViewBuilder(content: content)
        pageJobs = listPageJobs()
    }

    /// A page to render: where it goes and how to make it.
    struct PageJob: Sendable {
        var path: String
        var scope: PageScope
        var render: @Sendable (ViewBuilder, TemplateSet) -> String

        init(path: String, scope: PageScope = .site, render: @escaping @Sendable (ViewBuilder, TemplateSet) -> String) {
            self.path = path
            self.scope = scope
            self.render = render
        }
    }

    private func listPageJobs() -> [PageJob] {
        var jobs: [PageJob] = [PageJob(path: SitePath.home) { $1.render($0.home(), template: "home") }]
        jobs.append(PageJob(path: SitePath.glossary, scope: .catalogue) { $1.render($0.glossary(), template: "glossary") })
        for entity in content.entities {
            jobs.append(PageJob(path: SitePath.entity(entity.id), scope: .entity(entity.id)) { $1.render($0.entity(entity), template: "entity") })
        }
        for roadmap in content.roadmaps {
            jobs.append(PageJob(path: SitePath.roadmap(roadmap), scope: .document(roadmap.location.file)) { $1.render($0.roadmap(roadmap), template: "roadmap") })
        }
        for plan in content.plans {
            jobs.append(PageJob(path: SitePath.plan(plan), scope: .document(plan.location.file)) { $1.render($0.plan(plan), template: "plan") })
        }
        for table in content.expectedResults {
            jobs.append(PageJob(path: SitePath.expectedResults(table), scope: .document(table.location.file)) { $1.render($0.expectedResults(table), template: "expected-results") })
        }
        if !content.plans.isEmpty {
            for level in Level.allCases {
                jobs.append(PageJob(path: SitePath.level(level), scope: .plans) { $1.render($0.level(level), template: "level") })
            }
        }
        jobs += yearJobs + directionJobs
        let bodies = ResponsibleBodies(content: content, activities: viewBuilder.activities)
        if !bodies.bodies.isEmpty {
            jobs.append(PageJob(path: SitePath.responsibleIndex) { $1.render($0.responsibleIndex(bodies), template: "responsible-index") })
            for body in bodies.bodies {
                jobs.append(PageJob(path: SitePath.responsible(body.slug), scope: .body(body.name)) { $1.render($0.responsible(body), template: "responsible") })
            }
        }
        for report in content.reports {
            jobs.append(PageJob(path: SitePath.report(report), scope: .entity(report.entityID)) { $1.render($0.report(report), template: "report") })
        }
        for entityID in Set(content.reports.map(\.entityID)).sorted() {
            jobs.append(PageJob(path: SitePath.reportIndex(entityID), scope: .entity(entityID)) { $1.render($0.reportIndex(entityID), template: "report-index") })
        }
        for page in content.pages where page.id != "index" {
            jobs.append(PageJob(path: SitePath.page(page), scope: .document(page.location.file)) { $1.render($0.page(page), template: "page") })
        }
        jobs += publicPageJobs
        return jobs
    }

    /// Renders pages in parallel; each result lands in its own slot, so order never depends on timing.
    public func pages(_ selection: PageSelection = .all) -> [OutputFile] {
        let jobs = pageJobs.filter { selection.includes($0.scope) }
        let builder = viewBuilder.linkingReportPDFs(withReportPDFs)
        let typographer = Typographer(glossary: content.glossary)
        let results = ResultSlots(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            let html = typographer.apply(toPage: job.render(builder, templates))
            results.set(index, OutputFile(path: SitePath.file(for: job.path), text: html))
        }
        return results.values
    }

    /// The path of every page file a full build writes, in page order.
    public var pagePaths: [String] { pageJobs.map { SitePath.file(for: $0.path) } }

    /// `roadmaps`: the source files of the roadmaps whose JSON and CSV to produce; `nil` for all.
    public func exports(roadmaps sources: Set<String>? = nil) throws -> [OutputFile] {
        var files = [OutputFile(path: SitePath.catalogue, data: try JSONExport.data(CatalogueExport(content, withReportPDFs: withReportPDFs)))]
        for roadmap in content.roadmaps where sources.map({ $0.contains(roadmap.location.file) }) ?? true {
            let export = RoadmapExport(roadmap, content: content)
            files.append(OutputFile(path: SitePath.roadmapJSON(roadmap), data: try export.jsonData()))
            files.append(OutputFile(path: SitePath.roadmapCSV(roadmap), text: CSVTable(roadmap: export).text))
        }
        files += try publicFiles()
        return files
    }

    /// The path of every file a full build writes: pages, exports and assets.
    public var filePaths: [String] {
        var paths = pagePaths + [SitePath.catalogue]
        for roadmap in content.roadmaps { paths += [SitePath.roadmapJSON(roadmap), SitePath.roadmapCSV(roadmap)] }
        paths.append(SitePath.searchIndex)
        if content.config.baseURL != nil { paths.append(SitePath.sitemap) }
        paths.append(SitePath.robots)
        return paths + assetNames.map { "assets/" + $0 }
    }

    /// Files under `Templates/assets/` are copied to `assets/` as they are.
    public func assets() -> [OutputFile] {
        let folder = templates.folder + "/assets"
        return assetNames.compactMap { name in
            FileManager.default.contents(atPath: folder + "/" + name).map { OutputFile(path: "assets/" + name, data: $0) }
        }
    }

    private var assetNames: [String] {
        let folder = templates.folder + "/assets"
        return (FileManager.default.subpaths(atPath: folder) ?? []).sorted().filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory) && !isDirectory.boolValue
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
