import ArgumentParser
import Foundation
import KartaContent
import KartaDiff
import KartaDiffRender

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two versions of the content, as reviewers read it.",
        discussion: """
            OLD and NEW are content folders or git revisions of this repository (HEAD~1, a branch, a tag); WORKTREE \
            is the content folder as it is on disk, uncommitted changes included. With no argument HEAD is compared \
            with WORKTREE; with one, that version with WORKTREE. A revision is read at the place of --content. \
            Exit status: 0 when the comparison was made (whatever changed), 1 with --exit-code when something \
            changed, 2 on an error (an unknown revision, content errors in either version, an unwritable output).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, json, markdown
    }

    @Argument(help: "The old version: a content folder, a git revision or WORKTREE (default HEAD).")
    var old: String?

    @Argument(help: "The new version (default WORKTREE).")
    var new: String?

    @OptionGroup var folders: FolderOptions

    @Option(help: "html: a report site in a folder (default Diff in the site root); json, markdown: a file (default standard output).")
    var output: String?

    @Option(help: "html for people, json for machines, markdown for a merge request.")
    var format: Format = .html

    @Flag(help: "Exit with status 1 when something changed (as git diff --exit-code).")
    var exitCode = false

    @Flag(help: "Replace the output (folder or file) even if it is not an earlier Karta diff; never inside the content or templates folder.")
    var force = false

    func run() throws {
        let printer = ReportPrinter()
        let oldVersion = old ?? "HEAD"
        let newVersion = new ?? ContentVersion.worktreeName
        // Without a site here the versions still name folders or revisions, and their own messages say what is missing.
        let folders = SiteFolders(
            root: self.folders.content.findSite() ?? SiteRoot(content: SiteRoot.contentFolderName, folder: "."), templatesOption: self.folders.templatesOption)
        try folders.requireTemplatesOption()
        let outcome = Comparison(
            old: oldVersion, new: newVersion, contentFolder: folders.content, directory: FileManager.default.currentDirectoryPath
        ).run()
        if let failure = outcome.failure {
            printer.error(failure)
            throw ExitCode(2)
        }
        guard let diff = outcome.diff else {
            printer.printDiagnostics(outcome.diagnostics)
            printer.error("diff failed: \(printer.counts(outcome.diagnostics)); nothing was compared (run karta check on the version named above)")
            throw ExitCode(2)
        }
        let report = DiffReport(diff)
        switch format {
        case .html:
            let folder = folders.output(output, default: "Diff")
            let problems = report.write(to: folder, templates: folders.templates, overBuiltInTheme: true, protecting: [folders.content, oldVersion, newVersion], force: force)
            printer.printDiagnostics(problems)
            if problems.hasErrors {
                printer.error("the diff was not written: \(printer.counts(problems))")
                throw ExitCode(2)
            }
            if output == nil, let note = DiffOutputExclusion.exclude(folder, directory: FileManager.default.currentDirectoryPath) {
                printer.say(note)
            }
            print("Compared \(oldVersion) → \(newVersion): \(printer.diffSummary(diff.counts)). Written to \(folder)/index.html.")
        case .json, .markdown:
            guard let output else {
                FileHandle.standardOutput.write(format == .json ? try report.json() : Data(report.markdown().utf8))
                break
            }
            let problems = report.writeFile(
                format == .json ? .json : .markdown, to: output, protecting: [folders.content, folders.templates, oldVersion, newVersion], force: force)
            printer.printDiagnostics(problems)
            if problems.hasErrors {
                printer.error("the diff was not written: \(printer.counts(problems))")
                throw ExitCode(2)
            }
        }
        if exitCode, diff.hasChanges { throw ExitCode(1) }
    }
}
