import ArgumentParser
import KartaModel
import KartaScaffold

struct NewEntity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "Write PARENT/ID/entity.yaml: a new region, municipality or school.",
        discussion: "Exit status: 0 when the file was written, 1 when the parent is unknown, the level cannot sit there, the id is not a slug or the folder exists.")

    @Argument(help: ArgumentHelp("The parent entity's folder path below the content folder, or \(EntityScaffold.topLevel) for a region.", valueName: "parent"))
    var parent: String

    @Argument(help: ArgumentHelp("The new folder's name: a-z, 0-9 and '-'.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("\(Level.allCases.map(\.rawValue).joined(separator: ", ")) (default: the level that sits under PARENT).", valueName: "level"))
    var level: Level?

    @Option(help: "The full name (default: a placeholder to replace).")
    var name: String?

    @OptionGroup var content: ContentOption

    func run() throws {
        let printer = ReportPrinter()
        let site = try content.site()
        try printer.scaffolded(EntityScaffold.write(parent: parent, id: id, level: level, name: name, content: site.content))
    }
}
