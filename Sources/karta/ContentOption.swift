import ArgumentParser
import Foundation
import KartaContent

/// `--content`, or else the nearest site from the current folder upward; shared by every command
/// that reads content, so each works from anywhere inside a site.
struct ContentOption: ParsableArguments {
    @Option(
        name: .customLong("content"),
        help: ArgumentHelp(
            "The content folder (default: the nearest folder holding site.yaml, or a Content/ folder holding it, from here upward).",
            valueName: "content"))
    var contentOption: String?

    /// The content folder and the root that default folders are resolved against. Given `--content`,
    /// defaults stay relative to the current folder, as they always were.
    func site() throws -> SiteRoot {
        guard let found = findSite() else {
            ReportPrinter().error(SiteRoot.notFoundMessage(from: FileManager.default.currentDirectoryPath))
            throw ExitCode(1)
        }
        return found
    }

    /// `site()` without a word when there is none.
    func findSite() -> SiteRoot? {
        if let contentOption { return SiteRoot(content: contentOption, folder: ".") }
        return SiteRoot.find(from: FileManager.default.currentDirectoryPath)
    }
}
