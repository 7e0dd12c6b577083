/// Which documents need no comparison: those read from files with the same bytes in both versions, when
/// nothing they are compared with changed either (the catalogues, and for a report its entity's roadmaps).
struct UnchangedDocuments: Sendable {
    var files: VersionFiles?
    var oldRoot: String
    var newRoot: String

    /// Glossary, directions, entities and site settings are the same in both versions.
    var cataloguesAreSame: Bool { files?.cataloguesAreSame ?? false }

    /// Whether a document read from `old` and `new` (absolute paths) is the same in both. A value the old
    /// version took from the new one's load (`SharedLoads`) keeps the new version's path.
    func contains(old: String, new: String, readingAlso folders: [String] = []) -> Bool {
        guard let files, files.cataloguesAreSame, let relative = Self.relative(new, to: newRoot), files.same.contains(relative),
              (Self.relative(old, to: oldRoot) ?? Self.relative(old, to: newRoot)) == relative
        else { return false }
        return !files.differing.contains { changed in folders.contains { changed.hasPrefix($0) } }
    }

    static func relative(_ path: String, to root: String) -> String? {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
    }
}
