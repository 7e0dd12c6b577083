import ArgumentParser
import KartaModel
import KartaScaffold

struct NewSite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write a new site into DIR: Content/ with site.yaml, glossary.yaml, directions.yaml, one region or municipality with an example roadmap, and a README for its editors.",
        discussion: "It builds at once with no error or warning, in the built-in theme: cd DIR && karta build. Exit status: 0 when the site was written, 1 when DIR is not empty (nothing is written then).")

    @Argument(help: ArgumentHelp("A new or empty folder.", valueName: "dir"))
    var folder: String

    @Option(help: ArgumentHelp("Whose site it is: \(SiteScaffold.startingLevels.map(\.rawValue).joined(separator: " or ")).", valueName: "level"))
    var level: Level = .municipality

    @Option(help: "The region's or municipality's full name (default: a placeholder to replace in entity.yaml).")
    var name: String?

    func run() throws {
        let printer = ReportPrinter()
        try printer.scaffolded(SiteScaffold.write(into: folder, level: level, name: name))
        print("Next: cd \(folder) && karta serve; \(folder)/README.md says what to edit.")
    }
}
