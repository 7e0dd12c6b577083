import Foundation
import KartaModel

/// Writes a site into a fresh folder beside the output, then swaps it in.
///
/// The previous output stays untouched until every file has been written; if anything fails, the
/// half-written folder is removed and the old site is still there. Dot-entries at the top of the old
/// output (`.gitkeep`, `.nojekyll`, `.git`) are carried over, as Zola's `preserve_dotfiles_in_output` does.
public struct OutputWriter: Sendable {
    public let output: String

    public init(output: String) {
        self.output = output
    }

    public enum WriteError: Error, CustomStringConvertible {
        case unsafePath(String)
        case io(String, underlying: String)

        public var description: String {
            switch self {
            case .unsafePath(let path): "refused to write '\(path)': it would land outside the output folder"
            case .io(let path, let underlying): "could not write \(path): \(underlying)"
            }
        }
    }

    public func write(_ files: [OutputFile]) throws(WriteError) {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        // The process id in the names tells a later build which leftovers belong to a killed build.
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let staging = parent.appendingPathComponent(".\(name).building-\(token)")
        let retired = parent.appendingPathComponent(".\(name).previous-\(token)")
        Leftovers.recover(output: target)
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw .io(staging.path, underlying: error.localizedDescription)
        }
        do {
            try writeAll(files, into: staging)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
        let carried = moveDotEntries(from: target, to: staging)
        let hadOutput = fileManager.fileExists(atPath: target.path)
        if hadOutput, FolderSwap.exchange(staging, target) {
            // The new site is in place in one step; the old one now sits under the staging name.
            try? fileManager.removeItem(at: staging)
            return
        }
        do {
            if hadOutput { try fileManager.moveItem(at: target, to: retired) }
            do {
                try fileManager.moveItem(at: staging, to: target)
            } catch {
                if hadOutput { try? fileManager.moveItem(at: retired, to: target) }
                throw error
            }
            if hadOutput { try? fileManager.removeItem(at: retired) }
        } catch {
            moveBack(carried, from: staging, to: target)
            try? fileManager.removeItem(at: staging)
            throw .io(target.path, underlying: error.localizedDescription)
        }
    }

    private func writeAll(_ files: [OutputFile], into folder: URL) throws(WriteError) {
        for file in files where !OutputPath.isSafe(file.path) { throw .unsafePath(file.path) }
        let folders = Set(files.map { ($0.path as NSString).deletingLastPathComponent }).sorted()
        for relative in folders where !relative.isEmpty {
            do {
                try FileManager.default.createDirectory(at: folder.appendingPathComponent(relative), withIntermediateDirectories: true)
            } catch {
                throw .io(relative, underlying: error.localizedDescription)
            }
        }
        // Writing is most of a build's time on a large site; files are independent, so write them in parallel.
        let failures = FailureList()
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            do {
                try file.data.write(to: folder.appendingPathComponent(file.path))
            } catch {
                failures.add(.io(file.path, underlying: error.localizedDescription))
            }
        }
        if let first = failures.first { throw first }
    }

    /// Moves top-level dot-entries (`.gitkeep`, `.nojekyll`, a `.git` folder) of the old output into
    /// the new one, so publishing set-ups kept in the output survive a rebuild. A rename, not a copy:
    /// same disk, no time. Returns the names moved, to move back if the swap fails.
    private func moveDotEntries(from old: URL, to new: URL) -> [String] {
        let fileManager = FileManager.default
        let names = (try? fileManager.contentsOfDirectory(atPath: old.path)) ?? []
        return names.sorted().filter { name in
            guard name.hasPrefix("."), !fileManager.fileExists(atPath: new.appendingPathComponent(name).path) else { return false }
            return (try? fileManager.moveItem(at: old.appendingPathComponent(name), to: new.appendingPathComponent(name))) != nil
        }
    }

    private func moveBack(_ names: [String], from new: URL, to old: URL) {
        for name in names {
            try? FileManager.default.moveItem(at: new.appendingPathComponent(name), to: old.appendingPathComponent(name))
        }
    }
}

/// Errors collected from parallel writes.
private final class FailureList: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [OutputWriter.WriteError] = []

    func add(_ error: OutputWriter.WriteError) {
        lock.lock()
        errors.append(error)
        lock.unlock()
    }

    var first: OutputWriter.WriteError? {
        lock.lock()
        defer { lock.unlock() }
        return errors.first
    }
}
