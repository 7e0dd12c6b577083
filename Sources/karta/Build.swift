import ArgumentParser
import KartaSite

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into the output folder.",
        discussion: "The site is written beside the output folder and swapped in only when everything succeeded, so a failed build leaves the previous output as it was.")

    @OptionGroup var folders: FolderOptions

    @Option(help: "The output folder (default: Output in the site root).")
    var output: String?

    @Flag(help: "Print the time of each build phase.")
    var timings = false

    @Flag(help: "Replace the output folder even if it holds files that are not a Karta site.")
    var force = false

    @Flag(help: "Also print every annual report as an A4 PDF through headless Chromium.")
    var pdf = false

    @Flag(help: "Say which templates and assets came from the templates folder and how many from the built-in theme.")
    var verbose = false

    @Option(help: ArgumentHelp("The Chromium (or Chrome) to print PDFs with.", valueName: "path"))
    var chromium: String?

    func run() throws {
        let printer = ReportPrinter()
        let folders = try self.folders.resolved()
        let output = folders.output(output)
        var builder = SiteBuilder(content: folders.content, templates: folders.templates, output: output, force: force, overBuiltInTheme: true)
        if pdf {
            guard let found = Chromium.locate(explicit: chromium) else {
                printer.error("\(Chromium.installAdvice); \(output) was not changed")
                throw ExitCode(1)
            }
            builder.chromium = found
        }
        let report = builder.build()
        if verbose, let theme = report.theme { printer.printTheme(theme) }
        printer.printDiagnostics(report.diagnostics)
        if let failure = report.writeFailure {
            printer.error(report.hadOutput ? "\(failure); the previous output in \(output) is unchanged" : "\(failure); nothing was written to \(output)")
            throw ExitCode(1)
        }
        guard report.succeeded else {
            printer.error("build failed: \(printer.counts(report.diagnostics)); \(output) was not changed")
            throw ExitCode(1)
        }
        if timings { printer.printPhases(report.phases) }
        print(printer.built(report, into: output, pdfs: pdf))
    }
}
