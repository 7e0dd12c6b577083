import ArgumentParser
import KartaScaffold

struct NewRoadmap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap",
        abstract: "Write ENTITY/roadmaps/ID.yaml: an example roadmap to fill in.",
        discussion: "Exit status: 0 when the file was written, 1 when the entity is unknown, the id is not a slug or the roadmap exists.")

    @Argument(help: ArgumentHelp("The entity: its folder path below the content folder.", valueName: "entity"))
    var entity: String

    @Argument(help: ArgumentHelp("The roadmap's name: a-z, 0-9 and '-'.", valueName: "id"))
    var id: String

    @OptionGroup var content: ContentOption

    func run() throws {
        let printer = ReportPrinter()
        let site = try content.site()
        try printer.scaffolded(RoadmapScaffold.write(entity: entity, id: id, content: site.content))
        print("Edit it, then run `karta check`.")
    }
}
