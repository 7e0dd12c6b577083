import Foundation
import KartaContent
import KartaModel
import KartaRender

/// Builds a site again and again as its sources change (`karta serve`): the first build is a full one;
/// after it, files that have not changed are not read again, only the pages a change reaches are
/// rendered, and only files whose bytes differ are written (each one atomically), so the output is
/// always what a full build of the same sources would write.
///
/// A build with an error writes nothing and keeps what the last good build knew, so the next build
/// compares against the output as it is on disk.
public final class IncrementalBuild: @unchecked Sendable {
    public let contentFolder: String
    public let templatesFolder: String
    /// The templates folder overrides the built-in theme (`SiteBuilder.overBuiltInTheme`).
    public let overBuiltInTheme: Bool
    public let outputFolder: String
    /// Replace an output folder that does not look like a Karta site (first build only).
    public let force: Bool
    /// The preview's site (`SiteBuilder.preview`): `karta serve` shows the analysis pages even when hidden.
    public let preview: Bool

    private struct State: Sendable {
        /// The content, its indexes and the list of pages.
        var generator: SiteGenerator
        /// What the change plan reads of this content, kept for the next build's comparison.
        var facts: ChangePlan.Facts
        var templates: TemplateSet
        var contentStamps: [String: FileStamp]
        var templateStamps: [String: FileStamp]
        var diagnostics: Diagnostics
        var deadlines: DeadlineCoverage?
        /// Each written file's path and a hash of its bytes.
        var written: [String: UInt64]
        /// By page file, the roadmaps whose wording the page prints (`WordingSources`).
        var wording: [String: Set<String>]
    }

    private let lock = NSLock()
    private let cache = LoadCache()
    private let contentScan: FolderRescan
    private let templatesScan: FolderRescan
    private var state: State?

    public init(content: String, templates: String, output: String, force: Bool = false, overBuiltInTheme: Bool = false, preview: Bool = false) {
        contentFolder = content
        templatesFolder = templates
        contentScan = FolderRescan(folder: content)
        templatesScan = FolderRescan(folder: templates)
        self.overBuiltInTheme = overBuiltInTheme
        outputFolder = output
        self.force = force
        self.preview = preview
    }

    /// Builds once; safe to call from any thread, one build at a time.
    public func build() -> BuildReport {
        lock.lock()
        defer { lock.unlock() }
        let clock = ContinuousClock()
        let start = clock.now
        let contentStamps = contentScan.snapshot()
        let templateStamps = templatesScan.snapshot()
        let scan = BuildReport.Phase(name: "scan", seconds: start.duration(to: clock.now).seconds)
        guard let previous = state, FileManager.default.fileExists(atPath: outputFolder + "/" + SitePath.catalogue) else {
            return fullBuild(contentStamps: contentStamps, templateStamps: templateStamps)
        }
        if previous.contentStamps == contentStamps, previous.templateStamps == templateStamps {
            var report = BuildReport(diagnostics: previous.diagnostics)
            report.incremental = true
            return report
        }
        var report = (previous.templateStamps == templateStamps ? wordingBuild(from: previous, contentStamps: contentStamps) : nil)
            ?? incrementalBuild(from: previous, contentStamps: contentStamps, templateStamps: templateStamps)
        report.phases.insert(scan, at: 0)
        Self.retire(previous)
        return report
    }

    /// Frees a state the build replaced after the build has returned, on another thread: its file
    /// hashes, wording records and the parts of the model an edit replaced are tens of thousands of
    /// objects, and freeing them was a twentieth of a region's incremental build.
    private static func retire(_ old: State) {
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(old) {} }
    }

    private var builder: SiteBuilder {
        var builder = SiteBuilder(content: contentFolder, templates: templatesFolder, output: outputFolder, force: force, overBuiltInTheme: overBuiltInTheme)
        builder.cache = cache
        builder.preview = preview
        return builder
    }

    private func fullBuild(contentStamps: [String: FileStamp], templateStamps: [String: FileStamp]) -> BuildReport {
        let builder = builder
        let (content, templates, checked) = builder.check()
        let written = builder.write(content: content, templates: templates, report: checked)
        let report = written.report
        if report.succeeded, let content, let templates, let generator = written.generator {
            state = State(
                generator: generator, facts: ChangePlan.Facts(content, builtBy: generator.viewBuilder), templates: templates,
                contentStamps: contentStamps, templateStamps: templateStamps,
                diagnostics: report.diagnostics, deadlines: report.deadlines, written: written.hashes, wording: written.wording)
        }
        return report
    }

    private func incrementalBuild(from previous: State, contentStamps: [String: FileStamp], templateStamps: [String: FileStamp]) -> BuildReport {
        let clock = ContinuousClock()
        var start = clock.now
        var report = BuildReport(diagnostics: Diagnostics())
        report.incremental = true
        let loaded = ContentLoader(root: contentFolder, cache: cache).load()
        report.diagnostics.append(contentsOf: loaded.diagnostics)
        report.deadlines = loaded.content.map(DeadlineCoverage.init)
        report.phases.append(.init(name: "load", seconds: start.duration(to: clock.now).seconds))
        start = clock.now
        let templatesChanged = previous.templateStamps != templateStamps
        var templates: TemplateSet? = previous.templates
        if templatesChanged {
            switch TemplateSet.load(from: templatesFolder, overBuiltIn: overBuiltInTheme) {
            case .success(let set): templates = set
            case .failure(let diagnostics):
                templates = nil
                report.diagnostics.append(contentsOf: diagnostics)
            }
        }
        report.phases.append(.init(name: "templates", seconds: start.duration(to: clock.now).seconds))
        guard !report.diagnostics.hasErrors, let content = loaded.content, let templates else { return report }

        start = clock.now
        let changed = Set(contentStamps.keys).union(previous.contentStamps.keys).filter { contentStamps[$0] != previous.contentStamps[$0] }
        let generator = SiteGenerator(content: content, templates: templates, preview: preview)
        let facts = ChangePlan.Facts(content, builtBy: generator.viewBuilder)
        let plan = templatesChanged
            ? ChangePlan.everything
            : ChangePlan.plan(changed: changed, root: contentFolder, old: previous.facts, new: facts)
        for problem in generator.templateProblems { report.diagnostics.append(problem) }
        guard !report.diagnostics.hasErrors else { return report }
        // Each file is made, compared with what the last build wrote, and written (atomically, in its
        // place) on the worker that made it; only paths and hashes are kept.
        let filePlan = FilePlan(pages: plan.selection, roadmapExports: plan.roadmapExports, assets: templatesChanged)
        guard var (written, wording) = replaceChanged(filePlan, of: generator, after: previous, report: &report) else { return report }
        report.phases.append(.init(name: "render", seconds: start.duration(to: clock.now).seconds))

        start = clock.now
        let pages = generator.pageCount(plan.selection)
        let paths = Set(generator.filePaths)
        do {
            let writer = OutputWriter(output: outputFolder)
            for gone in written.keys.filter({ !paths.contains($0) }).sorted() {
                try writer.remove(gone)
                written[gone] = nil
                wording[gone] = nil
                report.filesRemoved += 1
            }
            // The manifest names every file of the site, as a full build's does, so the next full build
            // still recognises the folder as Karta's.
            if written.count != previous.written.count || written.keys.contains(where: { previous.written[$0] == nil }) {
                try writer.replace(OutputManifest(kind: .site, paths: Array(written.keys)).file)
            }
        } catch {
            report.writeFailure = error.description
            state = nil
            return report
        }
        report.phases.append(.init(name: "write", seconds: start.duration(to: clock.now).seconds))
        report.pagesRendered = pages
        report.pagesWritten = pages
        state = State(
            generator: generator, facts: facts, templates: templates, contentStamps: contentStamps, templateStamps: templateStamps,
            diagnostics: report.diagnostics, deadlines: report.deadlines, written: written, wording: wording)
        return report
    }

    /// The build after an edit of wording alone (the most common edit: a roadmap's texts), found without
    /// loading or validating the content again: the changed roadmaps are read again and patched into the
    /// model (`SiteGenerator.replacing`), and only the pages that recorded printing their wording, their
    /// exports and their search shards are made. Nil when the change is anything else, or the edited file
    /// had or now has a problem to report: the build is then worked out from the whole content.
    private func wordingBuild(from previous: State, contentStamps: [String: FileStamp]) -> BuildReport? {
        let clock = ContinuousClock()
        var start = clock.now
        guard contentStamps.count == previous.contentStamps.count else { return nil }
        var changed: Set<String> = []
        for (path, stamp) in contentStamps where previous.contentStamps[path] != stamp {
            guard previous.contentStamps[path] != nil else { return nil }
            changed.insert(path)
        }
        let loader = ContentLoader(root: contentFolder, cache: cache)
        let files = Set(changed.map(loader.displayPath))
        guard !changed.isEmpty, !previous.diagnostics.all.contains(where: { files.contains($0.location.file) }),
              let roadmaps = loader.reloadWording(of: changed, in: previous.generator.content),
              let generator = previous.generator.replacing(roadmaps)
        else { return nil }
        var report = BuildReport(diagnostics: previous.diagnostics)
        report.incremental = true
        report.wordingOnly = true
        report.deadlines = previous.deadlines
        report.phases.append(.init(name: "load", seconds: start.duration(to: clock.now).seconds))

        start = clock.now
        let pages = Set(previous.wording.compactMap { page, sources in sources.isDisjoint(with: files) ? nil : page })
        let plan = FilePlan(pages: .files(pages), roadmapExports: files, assets: false, siteFiles: false)
        guard let (written, wording) = replaceChanged(plan, of: generator, after: previous, report: &report) else { return report }
        report.phases.append(.init(name: "render", seconds: start.duration(to: clock.now).seconds))
        report.pagesRendered = pages.count
        report.pagesWritten = pages.count
        start = clock.now
        state = State(
            generator: generator, facts: previous.facts.replacing(generator.content, activities: generator.viewBuilder.activities),
            templates: previous.templates, contentStamps: contentStamps, templateStamps: previous.templateStamps,
            diagnostics: previous.diagnostics, deadlines: previous.deadlines, written: written, wording: wording)
        report.phases.append(.init(name: "record", seconds: start.duration(to: clock.now).seconds))
        return report
    }

    /// Makes the planned files; each is compared with what the last build wrote and written (atomically,
    /// in its place) on the worker that made it, when it differs. Gives the hashes and wording records
    /// with those of the files made updated; nil when a file could not be made or written (the reason is
    /// in `report`, and the next build starts afresh: what is on disk may no longer be what was known).
    private func replaceChanged(
        _ plan: FilePlan, of generator: SiteGenerator, after previous: State, report: inout BuildReport
    ) -> (written: [String: UInt64], wording: [String: Set<String>])? {
        let writer = OutputWriter(output: outputFolder)
        let known = previous.written
        let made: [SiteGenerator.Made<(hash: UInt64, changed: Bool)>]
        do {
            made = try generator.produceRecording(plan) { file in
                let hash = FileHash.of(file.data)
                guard known[file.path] != hash else { return (hash, false) }
                try writer.replace(file)
                return (hash, true)
            }
        } catch {
            report.writeFailure = SiteGenerator.failure(error)
            state = nil
            return nil
        }
        var written = previous.written
        var wording = previous.wording
        for file in made {
            wording[file.path] = file.wording.isEmpty ? nil : file.wording
            guard file.value.changed else { continue }
            written[file.path] = file.value.hash
            report.filesWritten += 1
        }
        return (written, wording)
    }
}
