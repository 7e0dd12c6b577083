import ArgumentParser

@main
struct Karta: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "karta",
        abstract: "Builds static report sites from education-quality roadmaps (дорожные карты).",
        version: "0.1.0",
        subcommands: [Build.self, Check.self, Import.self, New.self, Diff.self],
        defaultSubcommand: Build.self)
}
