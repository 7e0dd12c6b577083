import Foundation
import KartaContent
import KartaModel
import KartaRender

/// The build pipeline: load → validate → render → write aside → swap.
///
/// Nothing is written unless loading and validation found no error, and the previous output is
/// replaced only once the new one is complete.
public struct SiteBuilder: Sendable {
    public var contentFolder: String
    public var templatesFolder: String
    /// The templates folder overrides the built-in theme file by file, and may be missing (the CLI);
    /// false reads the folder alone.
    public var overBuiltInTheme: Bool
    public var outputFolder: String
    /// Replace an output folder even when it does not look like a previous Karta site.
    public var force: Bool
    /// Print every annual report as PDF through this Chromium as well (`karta build --pdf`).
    public var chromium: Chromium?
    /// What earlier loads read, for files unchanged since (`karta serve`, incremental builds).
    public var cache: LoadCache?
    /// Built for the preview (`karta serve`): the analysis pages are built and linked even when
    /// `site.yaml` says `analysis: hidden`, which keeps them out of the published site.
    public var preview = false

    public init(content: String, templates: String, output: String, force: Bool = false, overBuiltInTheme: Bool = false) {
        contentFolder = content
        templatesFolder = templates
        self.overBuiltInTheme = overBuiltInTheme
        outputFolder = output
        self.force = force
    }

    /// Loads and validates content and templates without writing anything.
    /// `notes`: with the notes for the editors (`EditorNotes`), as `karta check` prints them.
    public func check(notes: Bool = false) -> (content: SiteContent?, templates: TemplateSet?, report: BuildReport) {
        var report = BuildReport(diagnostics: Diagnostics())
        let clock = ContinuousClock()
        var start = clock.now
        let loaded = ContentLoader(root: contentFolder, cache: cache).load()
        report.diagnostics.append(contentsOf: loaded.diagnostics)
        if notes, let content = loaded.content { for note in EditorNotes.of(content) { report.diagnostics.append(note) } }
        report.deadlines = loaded.content.map(DeadlineCoverage.init)
        report.phases.append(.init(name: "load", seconds: start.duration(to: clock.now).seconds))
        start = clock.now
        var templates: TemplateSet?
        switch TemplateSet.load(from: templatesFolder, overBuiltIn: overBuiltInTheme) {
        case .success(let set):
            templates = set
            report.theme = set.files
        case .failure(let diagnostics): report.diagnostics.append(contentsOf: diagnostics)
        }
        report.phases.append(.init(name: "templates", seconds: start.duration(to: clock.now).seconds))
        return (loaded.content, templates, report)
    }

    public func build() -> BuildReport {
        let (content, templates, report) = check()
        return write(content: content, templates: templates, report: report).report
    }

    /// What `write` made: the report, the hash of every file written, the generator that made them and,
    /// by page file, the roadmaps whose wording each page prints (none of these when nothing was written).
    struct Written {
        var report: BuildReport
        var hashes: [String: UInt64] = [:]
        var generator: SiteGenerator?
        var wording: [String: Set<String>] = [:]
    }

    /// Renders the whole site once loading is done, each file written into the staging folder by the
    /// worker that made it, then swaps it in.
    func write(content: SiteContent?, templates: TemplateSet?, report: BuildReport) -> Written {
        var report = report
        report.hadOutput = FileKind(atPath: outputFolder) != .missing
        for problem in OutputLocation.problems(output: outputFolder, protecting: [contentFolder, templatesFolder], force: force) {
            report.diagnostics.append(problem)
        }
        guard !report.diagnostics.hasErrors, let content, let templates else { return Written(report: report) }
        let clock = ContinuousClock()
        var start = clock.now
        var generator = SiteGenerator(content: content, templates: templates, preview: preview)
        generator.withReportPDFs = chromium != nil
        for problem in generator.templateProblems { report.diagnostics.append(problem) }
        guard !report.diagnostics.hasErrors else { return Written(report: report) }
        let staging: OutputStaging
        do {
            staging = try OutputStaging(output: outputFolder)
        } catch {
            report.writeFailure = error.description
            return Written(report: report)
        }
        var written: [String: UInt64] = [:]
        var wording: [String: Set<String>] = [:]
        do {
            let made = try generator.produceRecording(.everything) { file in
                try staging.write(file)
                return FileHash.of(file.data)
            }
            for file in made {
                written[file.path] = file.value
                if !file.wording.isEmpty { wording[file.path] = file.wording }
            }
        } catch {
            staging.abandon()
            report.writeFailure = SiteGenerator.failure(error)
            return Written(report: report)
        }
        report.phases.append(.init(name: "render", seconds: start.duration(to: clock.now).seconds))
        if let chromium {
            start = clock.now
            do {
                // Printed from the staging folder: the report pages and their assets are already there.
                for pdf in try ReportPDFs.render(content.reports, site: staging.folder, chromium: chromium) {
                    try staging.write(pdf)
                    written[pdf.path] = FileHash.of(pdf.data)
                    report.pdfsWritten += 1
                }
            } catch {
                staging.abandon()
                report.writeFailure = "\(error)"
                return Written(report: report)
            }
            report.phases.append(.init(name: "pdf", seconds: start.duration(to: clock.now).seconds))
        }
        start = clock.now
        do {
            for warning in try staging.commit(paths: Array(written.keys)) { report.diagnostics.append(warning) }
        } catch {
            report.writeFailure = error.description
            return Written(report: report)
        }
        report.phases.append(.init(name: "write", seconds: start.duration(to: clock.now).seconds))
        report.pagesWritten = generator.pageJobs.count
        report.pagesRendered = generator.pageJobs.count
        report.filesWritten = written.count
        return Written(report: report, hashes: written, generator: generator, wording: wording)
    }
}

extension Duration {
    /// The duration in seconds, as build phases and benchmarks report it.
    public var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
