import Foundation
import KartaContent

/// The files of two versions of the content compared by their bytes, before either is loaded: a file with
/// the same bytes in both is read once (`SharedLoads`), and a document whose files are all the same is not
/// compared row by row (`ContentDiffer`).
public struct VersionFiles: Sendable {
    /// Paths relative to the content folder of the files both versions have with the same bytes.
    public var same: Set<String>
    /// Paths of the files that differ or that only one version has.
    public var differing: Set<String>
    /// Of `differing`: the files only one version has.
    public var oneSided: Set<String>

    public init(same: Set<String>, differing: Set<String>, oneSided: Set<String>) {
        self.same = same
        self.differing = differing
        self.oneSided = oneSided
    }

    /// Compares every file below both folders (links and dot-entries as the content scan treats them:
    /// a link is never followed, so it is compared by nothing and counts as differing).
    public static func compare(old: String, new: String) -> VersionFiles {
        let oldFiles = FileStamp.snapshot(of: old)
        let newFiles = FileStamp.snapshot(of: new)
        var same: Set<String> = []
        var differing: Set<String> = []
        var oneSided: Set<String> = []
        for (relative, newStamp) in newFiles {
            guard let oldStamp = oldFiles[relative] else {
                oneSided.insert(relative)
                continue
            }
            guard oldStamp.size == newStamp.size,
                  Self.isRegularFile(old + "/" + relative), Self.isRegularFile(new + "/" + relative),
                  let oldBytes = FileManager.default.contents(atPath: old + "/" + relative),
                  let newBytes = FileManager.default.contents(atPath: new + "/" + relative), oldBytes == newBytes
            else {
                differing.insert(relative)
                continue
            }
            same.insert(relative)
        }
        for relative in oldFiles.keys where newFiles[relative] == nil { oneSided.insert(relative) }
        return VersionFiles(same: same, differing: differing.union(oneSided), oneSided: oneSided)
    }

    /// Files every document is read with: a change to one of them may change how any document compares
    /// (the glossary resolves bodies, entities give levels, the site config how Markdown is read).
    static let catalogueNames: Set<String> = ["site.yaml", "glossary.yaml", "directions.yaml", "entity.yaml"]

    /// True when no catalogue differs: then a document whose own files are the same compares as unchanged.
    public var cataloguesAreSame: Bool {
        !differing.contains { Self.catalogueNames.contains(Self.fileName($0)) }
    }

    /// True when both versions have the same entity folders: a document's entity and an entity's parent come
    /// from the folders around it, so only then is a file's load the same in both.
    public var layoutIsSame: Bool {
        !oneSided.contains { Self.fileName($0) == "entity.yaml" }
    }

    static func fileName(_ relative: String) -> String {
        relative.split(separator: "/").last.map(String.init) ?? relative
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
