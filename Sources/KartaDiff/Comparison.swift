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
        let files = VersionFiles.compare(old: versions[0].root, new: versions[1].root)
        let results = Self.load(old: versions[0].root, new: versions[1].root, files: files)
        var diagnostics = Diagnostics()
        var sides: [ContentDiffer.Side] = []
        for (version, loaded) in zip(versions, results) {
            diagnostics.append(contentsOf: version.relabel(Diagnostics(loaded.diagnostics.errors)))
            if let content = loaded.content { sides.append(ContentDiffer.Side(content: content, root: version.root, label: version.label)) }
        }
        guard !diagnostics.hasErrors, sides.count == 2 else { return Outcome(diff: nil, diagnostics: diagnostics, failure: nil) }
        return Outcome(diff: ContentDiffer(files: files).diff(old: sides[0], new: sides[1]), diagnostics: diagnostics, failure: nil)
    }

    /// Both versions loaded, old first. Files with the same bytes are loaded once, by the new version, and
    /// taken by the old one: loading is most of the time a diff takes, and one edit leaves nearly every file
    /// alike. When entity folders were added or removed, a file's place can mean another entity, so the
    /// versions load apart (side by side).
    static func load(old: String, new: String, files: VersionFiles) -> [ContentLoader.Result] {
        guard files.layoutIsSame else {
            return [old, new].parallelMap { ContentLoader(root: $0, purpose: .comparison).load() }
        }
        let shared = SharedLoads(sameFiles: files.same, storingRoot: new)
        let newLoaded = ContentLoader(root: new, purpose: .comparison, shared: shared).load()
        var oldLoaded = ContentLoader(root: old, purpose: .comparison, shared: shared).load()
        // What validation found in values taken from the new version's load is named in the old folder.
        oldLoaded.diagnostics = shared.relabel(oldLoaded.diagnostics, to: old)
        return [oldLoaded, newLoaded]
    }
}
