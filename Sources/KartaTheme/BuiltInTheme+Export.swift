import Foundation

extension BuiltInTheme {
    /// Why the theme was not written out.
    public struct ExportRefused: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes every file of the theme into `folder`, a new or empty one, as `Templates/` holds them:
    /// a department changes its copy and `karta build` takes the copy's files over the built-in ones.
    /// Returns the paths written. A folder that holds anything (dot-files included) is refused, so
    /// nothing anyone wrote is ever replaced.
    public static func export(into folder: String) throws -> [String] {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ExportRefused(description: "\(folder) is not a folder; name a new or empty folder") }
            let entries = try fileManager.contentsOfDirectory(atPath: folder)
            guard entries.isEmpty else {
                throw ExportRefused(description: "\(folder) is not empty (\(entries.sorted().prefix(3).joined(separator: ", "))); name a new or empty folder, nothing was written")
            }
        }
        var written: [String] = []
        for name in paths {
            let path = folder + "/" + name
            try fileManager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            guard fileManager.createFile(atPath: path, contents: files[name]) else {
                throw ExportRefused(description: "could not write \(path)")
            }
            written.append(path)
        }
        return written
    }
}
