import ArgumentParser
import Foundation
import KartaContent

/// The folders one command works with, once the site is found: options win, defaults sit in the site root.
struct SiteFolders {
    var root: SiteRoot
    var templatesOption: String?

    static let defaultTemplates = "Templates"
    static let defaultOutput = "Output"

    var content: String { root.content }

    var templates: String { templatesOption ?? root.resolve(Self.defaultTemplates) }

    /// The output folder: the option as given, else `name` in the site root.
    func output(_ option: String?, default name: String = SiteFolders.defaultOutput) -> String {
        option ?? root.resolve(name)
    }

    /// A `--templates` folder that is not there is a mistake worth stopping for; a missing `Templates/`
    /// in the site root only means the built-in theme is used as it is.
    func requireTemplatesOption() throws {
        guard let templatesOption, FileKind(atPath: templatesOption) == .missing else { return }
        ReportPrinter().error("templates folder \(templatesOption) not found; leave out --templates to use the built-in theme, or name a folder whose files override it")
        throw ExitCode(1)
    }
}
