import Foundation

/// Every file and folder below a folder (dot-files included) with the bytes of each file:
/// what "left exactly as it was" and "byte-identical" are compared on.
struct FileTree: Equatable, CustomStringConvertible {
    /// Relative path → file bytes; folders map to `nil`.
    var entries: [String: Data?]

    static func read(_ folder: URL) throws -> FileTree {
        let fileManager = FileManager.default
        var entries: [String: Data?] = [:]
        for relative in try fileManager.subpathsOfDirectory(atPath: folder.path) {
            let path = folder.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            _ = fileManager.fileExists(atPath: path, isDirectory: &isDirectory)
            entries[relative] = isDirectory.boolValue ? nil : try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return FileTree(entries: entries)
    }

    var paths: [String] { entries.keys.sorted() }
    var files: [String] { entries.filter { $0.value != nil }.keys.sorted() }

    var description: String {
        paths.map { path in entries[path]!.map { "\(path) (\($0.count) bytes)" } ?? "\(path)/" }.joined(separator: "\n")
    }

    /// The paths that are missing, extra or different in `other`, for a readable failure message.
    func differences(from other: FileTree) -> [String] {
        Set(entries.keys).union(other.entries.keys).sorted().compactMap { path in
            switch (entries[path], other.entries[path]) {
            case (nil, _?): "only in the second tree: \(path)"
            case (_?, nil): "only in the first tree: \(path)"
            case let (mine??, theirs??) where mine != theirs: "different bytes: \(path)"
            case (.some(.some), .some(.none)), (.some(.none), .some(.some)): "file in one tree, folder in the other: \(path)"
            default: nil
            }
        }
    }
}
