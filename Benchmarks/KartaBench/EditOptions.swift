import ArgumentParser
import Foundation

/// What both benchmarks edit: one roadmap of a content folder, saved `runs` times and restored at the end.
struct EditOptions: ParsableArguments {
    @Option(help: "The content folder (one roadmap in it is edited and restored).")
    var content: String

    @Option(help: "The output folder.")
    var output: String

    @Option(help: "The templates folder.")
    var templates = "Templates"

    @Option(help: "Edits to time.")
    var runs = 5

    @Option(help: "The roadmap to edit, relative to the content folder; by default the first one of the deepest entity.")
    var roadmap: String?

    /// The roadmap to edit, relative to the content folder.
    func target() throws -> String {
        try roadmap ?? Self.deepestRoadmap(in: content)
    }

    /// The first roadmap (in path order) of the entity deepest in the tree: a school's, on a real site.
    static func deepestRoadmap(in content: String) throws -> String {
        let paths = (FileManager.default.subpaths(atPath: content) ?? []).filter { $0.contains("/roadmaps/") && $0.hasSuffix(".yaml") }.sorted()
        guard let deepest = paths.max(by: { a, b in
            let (da, db) = (a.split(separator: "/").count, b.split(separator: "/").count)
            return da != db ? da < db : a > b
        }) else { throw ValidationError("no roadmap in \(content)") }
        return deepest
    }
}
