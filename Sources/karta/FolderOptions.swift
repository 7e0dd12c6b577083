import ArgumentParser
import Foundation

/// Where content and templates are read from; shared by every command.
struct FolderOptions: ParsableArguments {
    @Option(help: "The content folder.")
    var content = "Content"

    @Option(name: .customLong("templates"), help: ArgumentHelp("The templates folder (default: Templates).", valueName: "templates"))
    var templatesOption: String?

    var templates: String { templatesOption ?? "Templates" }

    /// No `--templates` given and no `Templates/` here: a command that can work without templates
    /// (`check`) then leaves them out instead of failing.
    var hasNoTemplates: Bool {
        templatesOption == nil && !FileManager.default.fileExists(atPath: templates)
    }
}
