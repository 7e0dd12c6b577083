import ArgumentParser
import KartaMarkdown

@main
/// Async at the root so that `serve` can run until stopped; the other commands stay synchronous.
struct Karta: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "karta",
        abstract: "Builds static report sites from education-quality roadmaps (дорожные карты).",
        version: "0.1.0 (libcmark \(MarkdownRenderer.libcmarkVersion))",
        subcommands: [Build.self, Check.self, Import.self, New.self, Diff.self, Serve.self, Theme.self, Explain.self],
        defaultSubcommand: Build.self)

    static func main() async {
        MemoryPolicy.apply()
        await main(nil)
    }
}
