import ArgumentParser
import KartaScaffold

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new site, or a new entity, roadmap or report in one.",
        subcommands: [NewSite.self, NewEntity.self, NewRoadmap.self, NewReport.self])
}

struct NewReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write ENTITY/reports/YEAR.md: the annual report «О состоянии системы образования» in its official structure.",
        discussion: "Exit status: 0 when the file was written, 1 when the entity is unknown, the year invalid or the report exists (see --force).")

    @Argument(help: ArgumentHelp("The entity: its folder path below the content folder.", valueName: "entity"))
    var entity: String

    @Argument(help: "The year the report covers.")
    var year: Int

    @OptionGroup var content: ContentOption

    @Flag(help: "Replace a report that already exists.")
    var force = false

    func run() throws {
        let printer = ReportPrinter()
        let site = try content.site()
        let outcome = ReportScaffold.write(entity: entity, year: year, content: site.content, force: force)
        guard let path = outcome.path else {
            printer.printDiagnostics(.init(outcome.diagnostics.errors))
            printer.error("no report was written")
            throw ExitCode(1)
        }
        print("wrote \(path)")
        for note in outcome.notes { print("  \(note)") }
        print("Edit the narrative, then run `karta check` and `karta build`.")
    }
}
