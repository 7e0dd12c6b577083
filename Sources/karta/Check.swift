import ArgumentParser
import KartaSite

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load and validate content and templates without writing anything.",
        discussion: "Exit status: 0 when there is no error (warnings allowed), 1 when there are errors.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var folders: FolderOptions

    @Option(help: "Output format: text for people, json for machines.")
    var format: Format = .text

    func run() throws {
        let (_, _, report) = SiteBuilder(content: folders.content, templates: folders.templates, output: "").check()
        let printer = ReportPrinter()
        switch format {
        case .json:
            print(try printer.json(report.diagnostics, deadlines: report.deadlines))
        case .text:
            printer.printDiagnostics(report.diagnostics)
            if let deadlines = report.deadlines { print("deadlines: \(deadlines.summary)") }
            let summary = "\(folders.content): \(printer.counts(report.diagnostics))"
            if report.diagnostics.hasErrors { printer.error(summary) } else { print(summary) }
        }
        if report.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
