import Foundation
import KartaModel
import KartaRender

/// Which files of the site to make: a full build makes all of them, an incremental build those its
/// changes reach.
public struct FilePlan: Sendable {
    public var pages: PageSelection
    /// Source files of the roadmaps whose JSON and CSV to make; nil for all.
    public var roadmapExports: Set<String>?
    /// The files under `assets/` of the theme (`Templates/assets/` or the built-in theme's).
    public var assets: Bool
    /// The catalogue, the search index, `sitemap.xml` and `robots.txt`: each gathers the whole site.
    public var siteFiles: Bool

    public init(pages: PageSelection = .all, roadmapExports: Set<String>? = nil, assets: Bool = true, siteFiles: Bool = true) {
        self.pages = pages
        self.roadmapExports = roadmapExports
        self.assets = assets
        self.siteFiles = siteFiles
    }

    public static let everything = FilePlan()
}

extension SiteGenerator {
    /// One file to make: where it goes and how to make its bytes (and, for a page, the roadmaps whose
    /// wording it prints).
    struct FileJob: Sendable {
        var path: String
        var make: @Sendable () throws -> (data: Data, wording: Set<String>)

        init(path: String, make: @escaping @Sendable () throws -> Data) {
            self.path = path
            self.make = { (try make(), []) }
        }

        init(path: String, recording make: @escaping @Sendable () throws -> (data: Data, wording: Set<String>)) {
            self.path = path
            self.make = make
        }
    }

    /// What `deliver` made of one file, with the roadmaps whose wording the file prints (`WordingSources`).
    public struct Made<Value: Sendable>: Sendable {
        public var value: Value
        public var path: String
        public var wording: Set<String>
    }

    /// Makes the planned files on every core and hands each to `deliver` on the worker that made it
    /// (a build writes it into its staging folder there), so no more of the site than one file per
    /// worker is ever in memory. What `deliver` returns comes back in a fixed order, whatever the timing;
    /// the first error, in that order, is thrown once every file was tried.
    public func produce<Value: Sendable>(_ plan: FilePlan, deliver: @Sendable (OutputFile) throws -> Value) throws -> [Value] {
        try produceRecording(plan, deliver: deliver).map(\.value)
    }

    /// `produce`, keeping what each page recorded of the roadmaps whose wording it prints, for an
    /// incremental build to find the pages an edit of wording reaches.
    public func produceRecording<Value: Sendable>(_ plan: FilePlan, deliver: @Sendable (OutputFile) throws -> Value) throws -> [Made<Value>] {
        let results = fileJobs(plan).parallelMap { job in
            Result {
                let (data, wording) = try job.make()
                return Made(value: try deliver(OutputFile(path: job.path, data: data)), path: job.path, wording: wording)
            }
        }
        return try results.map { try $0.get() }
    }

    /// What a build says when `produce` failed: a file that could not be written or an asset that could
    /// not be read, as it is; anything else came from encoding an export.
    static func failure(_ error: any Error) -> String {
        switch error {
        case let error as OutputWriter.WriteError: error.description
        case let error as AssetUnreadable: error.description
        default: "exports could not be encoded: \(error)"
        }
    }

    /// The whole-site files and the search page first: they are the largest single jobs, and started last
    /// they would leave the other core idle while they run.
    func fileJobs(_ plan: FilePlan) -> [FileJob] {
        var jobs: [FileJob] = []
        if plan.siteFiles {
            let (content, withReportPDFs) = (content, withReportPDFs)
            jobs.append(FileJob(path: SitePath.catalogue) { try JSONExport.data(CatalogueExport(content, withReportPDFs: withReportPDFs)) })
            jobs += publicFileJobs
            if let emblem = content.config.owner?.emblem {
                jobs.append(FileJob(path: SitePath.emblem(emblem)) { Data(emblem.bytes) })
            }
        }
        let exports = ExportFileMaker(builder: viewBuilder)
        // By index, the test before the copy: an incremental build makes the exports of one roadmap of 1,271.
        let roadmaps = viewBuilder.content.roadmaps
        for index in roadmaps.indices where plan.roadmapExports.map({ $0.contains(roadmaps[index].location.file) }) ?? true {
            let roadmap = roadmaps[index]
            jobs.append(FileJob(path: SitePath.roadmapJSON(roadmap)) { try exports.roadmapJSON(index) })
            jobs.append(FileJob(path: SitePath.roadmapCSV(roadmap)) { exports.roadmapCSV(index) })
            jobs.append(FileJob(path: SitePath.searchShard(roadmap)) { try exports.roadmapSearchShard(index) })
        }
        if plan.siteFiles {
            for (index, plan) in content.plans.enumerated() {
                jobs.append(FileJob(path: SitePath.searchShard(plan)) { try exports.planSearchShard(index) })
            }
        }
        let maker = PageFileMaker(
            builder: viewBuilder.linkingReportPDFs(withReportPDFs), typographer: Typographer(glossaries: content.glossaries),
            templates: templates, pages: pageJobs)
        var pageFileJobs: [FileJob] = []
        for index in pageJobs.indices where plan.pages.includes(pageJobs[index].scope, file: pageJobs[index].file) {
            let job = FileJob(path: pageJobs[index].file, recording: { maker.make(index) })
            // The search page gathers every document's entries, the largest page job: it starts with the
            // site files, not last (on the bundled site it ran alone for a tenth of the build).
            if pageJobs[index].kind == .search { jobs.insert(job, at: 0) } else { pageFileJobs.append(job) }
        }
        jobs += pageFileJobs
        if plan.assets {
            for name in assetNames {
                let file = templates.files.asset(name)
                jobs.append(FileJob(path: "assets/" + name) {
                    guard let data = file?.data() else { throw AssetUnreadable(path: file?.location ?? "assets/" + name) }
                    return data
                })
            }
        }
        return jobs
    }
}

/// An asset listed a moment ago that could not be read.
struct AssetUnreadable: Error, CustomStringConvertible {
    var path: String
    var description: String { "could not read \(path)" }
}
