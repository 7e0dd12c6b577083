import ArgumentParser
import Foundation
import KartaContent

/// Where content and templates are read from; shared by every command.
struct FolderOptions: ParsableArguments {
    @OptionGroup var content: ContentOption

    @Option(name: .customLong("templates"), help: ArgumentHelp("A templates folder overriding the built-in theme file by file (default: Templates in the site root, when there is one: the folder that holds Content/, or the content folder's parent).", valueName: "templates"))
    var templatesOption: String?

    /// The folders of the site found from here, or named by the options; prints why and exits when
    /// there is no site.
    func resolved() throws -> SiteFolders {
        let folders = SiteFolders(root: try content.site(), templatesOption: templatesOption)
        try folders.requireTemplatesOption()
        return folders
    }
}
