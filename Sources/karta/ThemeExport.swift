import ArgumentParser
import KartaTheme

struct ThemeExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in theme's templates and assets into DIR, to change them.",
        discussion: """
            Keep only the files you change in the site's Templates/ folder (beside Content/): each overrides \
            the built-in file of the same path, and every other file still comes from the built-in theme. \
            Exit status: 0 when the theme was written, 1 when DIR is not empty (nothing is written then).
            """)

    @Argument(help: ArgumentHelp("A new or empty folder.", valueName: "dir"))
    var folder: String

    func run() throws {
        let printer = ReportPrinter()
        do {
            let written = try BuiltInTheme.export(into: folder)
            print("wrote the built-in theme into \(folder): \(written.count) files; copy the ones you change into the site's Templates/ folder")
        } catch {
            printer.error("\(error); the theme was not exported")
            throw ExitCode(1)
        }
    }
}
