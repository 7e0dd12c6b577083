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

    /// No `--templates` given and no `Templates/` in the site root: a command that can work without
    /// templates (`check`) then leaves them out instead of failing.
    var hasNoTemplates: Bool {
        templatesOption == nil && !FileManager.default.fileExists(atPath: templates)
    }
}
