import Foundation
import KartaContent
import KartaModel

/// `karta diff OLD NEW` up to the model diff: resolve both versions, load them, compare.
///
/// Nothing is compared when either version has a content error (a duplicate id makes matching
/// meaningless): every error of both versions is returned, named as the user knows the files.
public struct Comparison: Sendable {
    public var oldArgument: String
    public var newArgument: String
    /// The content folder of the work tree; a revision is read at the same place.
    public var contentFolder: String
    /// The working directory: folders and git are resolved from here.
    public var directory: String

    public init(old: String, new: String, contentFolder: String, directory: String) {
        oldArgument = old
        newArgument = new
        self.contentFolder = contentFolder
        self.directory = directory
    }

    public struct Outcome: Sendable {
        /// Nil when a version could not be read or loaded.
        public var diff: ContentDiff?
        public var diagnostics: Diagnostics
        /// A problem with the arguments themselves (an unknown revision, no repository).
        public var failure: String?
    }

    public func run() -> Outcome {
        var versions: [ContentVersion] = []
        defer { versions.forEach { $0.cleanUp() } }
        for argument in [oldArgument, newArgument] {
            switch ContentVersion.resolve(argument, contentFolder: contentFolder, directory: directory) {
            case .success(let version): versions.append(version)
            case .failure(let failure): return Outcome(diff: nil, diagnostics: Diagnostics(), failure: failure.description)
            }
        }
        // The two versions load side by side: loading is most of the time a diff takes.
        let results = versions.map(\.root).parallelMap { ContentLoader(root: $0, purpose: .comparison).load() }
        var diagnostics = Diagnostics()
        var sides: [ContentDiffer.Side] = []
        for (version, loaded) in zip(versions, results) {
            diagnostics.append(contentsOf: version.relabel(Diagnostics(loaded.diagnostics.errors)))
            if let content = loaded.content { sides.append(ContentDiffer.Side(content: content, root: version.root, label: version.label)) }
        }
        guard !diagnostics.hasErrors, sides.count == 2 else { return Outcome(diff: nil, diagnostics: diagnostics, failure: nil) }
        return Outcome(diff: ContentDiffer().diff(old: sides[0], new: sides[1]), diagnostics: diagnostics, failure: nil)
    }
}
