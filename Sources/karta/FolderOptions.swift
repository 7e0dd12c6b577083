import ArgumentParser

/// Where content and templates are read from; shared by every command.
struct FolderOptions: ParsableArguments {
    @Option(help: "The content folder.")
    var content = "Content"

    @Option(help: "The templates folder.")
    var templates = "Templates"
}
