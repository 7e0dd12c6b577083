import ArgumentParser

struct Theme: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with the built-in theme: the templates and assets inside karta.",
        subcommands: [ThemeExport.self])
}
