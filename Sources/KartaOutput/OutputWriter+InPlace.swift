import Foundation

/// Single files changed inside an existing output, for incremental builds: each file is written beside
/// its place and renamed over it, so a reader (a browser on `karta serve`) never sees half a file.
extension OutputWriter {
    public func replace(_ file: OutputFile) throws(WriteError) {
        guard OutputPath.isSafe(file.path) else { throw .unsafePath(file.path) }
        let target = URL(fileURLWithPath: output).appendingPathComponent(file.path)
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).writing-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .io(file.path, underlying: error.localizedDescription)
        }
        do {
            try NewFile.create(temporary.path, with: file.data, reporting: file.path)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        guard rename(temporary.path, target.path) == 0 else {
            let underlying = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .io(file.path, underlying: underlying)
        }
    }

    /// Removes a file that is no longer part of the site, and the folders it leaves empty.
    public func remove(_ path: String) throws(WriteError) {
        guard OutputPath.isSafe(path) else { throw .unsafePath(path) }
        let root = URL(fileURLWithPath: output).standardizedFileURL
        var target = root.appendingPathComponent(path)
        do {
            if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
        } catch {
            throw .io(path, underlying: error.localizedDescription)
        }
        target = target.deletingLastPathComponent()
        while target.path.count > root.path.count, (try? FileManager.default.contentsOfDirectory(atPath: target.path))?.isEmpty == true {
            try? FileManager.default.removeItem(at: target)
            target = target.deletingLastPathComponent()
        }
    }
}
