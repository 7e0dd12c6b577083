import ArgumentParser
import KartaModel
import KartaScaffold

struct NewSite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write a new site into DIR: Content/ with site.yaml, glossary.yaml, directions.yaml, one region or municipality with an example roadmap, and a README for its editors.",
        discussion: "It builds at once with no error or warning: cd DIR && karta build (--templates naming Karta's Templates/ folder). Exit status: 0 when the site was written, 1 when DIR is not empty (nothing is written then).")

    @Argument(help: ArgumentHelp("A new or empty folder.", valueName: "dir"))
    var folder: String

    @Option(help: ArgumentHelp("Whose site it is: \(SiteScaffold.startingLevels.map(\.rawValue).joined(separator: " or ")).", valueName: "level"))
    var level: Level = .municipality

    @Option(help: "The region's or municipality's full name (default: a placeholder to replace in entity.yaml).")
    var name: String?

    func run() throws {
        let printer = ReportPrinter()
        try printer.scaffolded(SiteScaffold.write(into: folder, level: level, name: name))
        // The theme is not inside the binary yet: name where it comes from, or the first serve fails.
        print("Next: cd \(folder) && karta serve --templates DIR (Karta's Templates/ folder, unless the site has its own); \(folder)/README.md says what to edit.")
    }
}
