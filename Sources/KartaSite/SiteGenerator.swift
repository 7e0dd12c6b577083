import Foundation
import KartaModel
import KartaRender

/// Makes every file of the site: pages, exports and assets.
///
/// Pure with respect to its inputs: the same content and templates give the same files whatever the
/// number of threads. Files are handed on as they are made (`produce`), so the site is never held in
/// memory, only the model, its indexes and what every page reads (the search groups).
public struct SiteGenerator: Sendable {
    public var content: SiteContent { viewBuilder.content }
    public let templates: TemplateSet
    /// Report pages link a PDF and the catalogue lists it (`karta build --pdf` prints them).
    public var withReportPDFs = false
    /// Made once: it indexes every activity of the site, which every page kind reads.
    public private(set) var viewBuilder: ViewBuilder
    /// Every page of the site, listed once: pages, the sitemap and an incremental build's list of
    /// files all read it.
    private(set) var pageJobs: [PageJob] = []

    /// `preview`: for `karta serve`, with the analysis pages even when `site.yaml` hides them.
    public init(content: SiteContent, templates: TemplateSet, preview: Bool = false) {
        self.templates = templates
        viewBuilder = ViewBuilder(content: content, preview: preview)
        pageJobs = listPageJobs()
    }

    /// The generator for the same site with `roadmaps` in place of their earlier versions, which differ
    /// from them only in wording (`Roadmap.differsOnlyInWording`): the pages stay the same pages, and
    /// the indexes are patched instead of made again. Nil when that does not hold.
    public func replacing(_ roadmaps: [Roadmap]) -> SiteGenerator? {
        guard let builder = viewBuilder.replacing(roadmaps) else { return nil }
        var generator = self
        generator.viewBuilder = builder
        return generator
    }

    /// A page to render: its kind, where it goes and the view it shows.
    struct PageJob: Sendable {
        var kind: PageKind
        var path: String
        /// The file the page is written to (`SitePath.file(for: path)`), made once: an incremental build
        /// checks every page's file against the few it makes.
        let file: String
        var scope: PageScope
        /// The entity whose territory's glossary expands the page's abbreviations; nil for the root glossary.
        var territory: String?
        var render: @Sendable (ViewBuilder, TemplateSet) -> [UInt8]

        init<View: Encodable & Sendable>(
            _ kind: PageKind, path: String, scope: PageScope = .site, territory: String? = nil, view: @escaping @Sendable (ViewBuilder) -> View
        ) {
            self.kind = kind
            self.path = path
            file = SitePath.file(for: path)
            self.scope = scope
            self.territory = territory
            render = { builder, templates in templates.renderBytes(view(builder), kind: kind) }
        }
    }

    private func listPageJobs() -> [PageJob] {
        var jobs: [PageJob] = [PageJob(.home, path: SitePath.home) { $0.home() }]
        jobs.append(PageJob(.glossary, path: SitePath.glossary, scope: .catalogue) { $0.glossary() })
        for entity in content.entities {
            jobs.append(PageJob(.entity, path: SitePath.entity(entity.id), scope: .entity(entity.id), territory: entity.id) { $0.entity(entity) })
        }
        // By position: a builder whose roadmaps changed in wording (`replacing`) renders the new version.
        for (index, roadmap) in content.roadmaps.enumerated() {
            jobs.append(PageJob(.roadmap, path: SitePath.roadmap(roadmap), scope: .document(roadmap.location.file), territory: roadmap.entityID) { $0.roadmap($0.content.roadmaps[index]) })
        }
        for plan in content.plans {
            jobs.append(PageJob(.plan, path: SitePath.plan(plan), scope: .document(plan.location.file), territory: plan.entityID) { $0.plan(plan) })
        }
        for table in content.expectedResults {
            jobs.append(PageJob(.expectedResults, path: SitePath.expectedResults(table), scope: .document(table.location.file), territory: table.entityID) { $0.expectedResults(table) })
        }
        if !content.plans.isEmpty {
            for level in Level.allCases {
                jobs.append(PageJob(.level, path: SitePath.level(level), scope: .plans) { $0.level(level) })
            }
        }
        jobs += yearJobs + directionJobs + analysisJobs
        let bodies = viewBuilder.responsibleBodies
        if !bodies.bodies.isEmpty {
            jobs.append(PageJob(.responsibleIndex, path: SitePath.responsibleIndex) { $0.responsibleIndex(bodies) })
            for body in bodies.bodies {
                jobs.append(PageJob(.responsible, path: SitePath.responsible(body.slug), scope: .body(body.identity), territory: body.identity.territory) { $0.responsible(body) })
            }
        }
        for report in content.reports {
            jobs.append(PageJob(.report, path: SitePath.report(report), scope: .entity(report.entityID), territory: report.entityID) { $0.report(report) })
        }
        for entityID in Set(content.reports.map(\.entityID)).sorted() {
            jobs.append(PageJob(.reportIndex, path: SitePath.reportIndex(entityID), scope: .entity(entityID), territory: entityID) { $0.reportIndex(entityID) })
        }
        for page in content.pages where page.id != "index" {
            jobs.append(PageJob(.page, path: SitePath.page(page), scope: .document(page.location.file), territory: page.entityID) { $0.page(page) })
        }
        jobs += publicPageJobs
        return jobs
    }

    /// Errors for page kinds this site has pages of but no template for, found before anything renders.
    public var templateProblems: [Diagnostic] {
        templates.problems(rendering: Set(pageJobs.map(\.kind)))
    }

    /// Renders pages in parallel, in page order; the whole selection is held in memory, so builds
    /// stream through `produce` instead.
    public func pages(_ selection: PageSelection = .all) -> [OutputFile] {
        let plan = FilePlan(pages: selection, roadmapExports: [], assets: false, siteFiles: false)
        return (try? produce(plan) { $0 }) ?? []
    }

    /// How many pages `selection` renders.
    public func pageCount(_ selection: PageSelection) -> Int {
        pageJobs.count { selection.includes($0.scope, file: $0.file) }
    }

    /// The path of every page file a full build writes, in page order.
    public var pagePaths: [String] { pageJobs.map(\.file) }

    /// The path of every file a full build writes: pages, exports and assets.
    public var filePaths: [String] {
        var paths = pagePaths + [SitePath.catalogue]
        for roadmap in content.roadmaps { paths += [SitePath.roadmapJSON(roadmap), SitePath.roadmapCSV(roadmap), SitePath.searchShard(roadmap)] }
        paths += content.plans.map(SitePath.searchShard)
        paths.append(SitePath.searchIndex)
        if content.config.baseURL != nil { paths.append(SitePath.sitemap) }
        paths.append(SitePath.robots)
        if let emblem = content.config.owner?.emblem { paths.append(SitePath.emblem(emblem)) }
        return paths + assetNames.map { "assets/" + $0 }
    }

    var assetNames: [String] { templates.files.assetNames }
}
