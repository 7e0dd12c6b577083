import Foundation
import KartaContent
import KartaModel

/// Writes a site into a fresh folder beside the output, then swaps it in.
///
/// The previous output stays untouched until every file has been written; if anything fails, the
/// half-written folder is removed and the old site is still there. Dot-entries at the top of the old
/// output (`.gitkeep`, `.nojekyll`, `.git`) are carried over, as Zola's `preserve_dotfiles_in_output` does.
/// Callers check the destination with `OutputLocation` first; this type only writes.
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

    /// Writes `files` and Karta's manifest of them aside, then swaps them in for the output. Returns
    /// warnings (an old output that could not be removed, and where it was left).
    @discardableResult
    public func write(_ files: [OutputFile], kind: OutputManifest.Kind = .site) throws(WriteError) -> [Diagnostic] {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        // The process id in the names tells a later build which leftovers belong to a killed build.
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let staging = parent.appendingPathComponent(".\(name).building-\(token)")
        let retired = parent.appendingPathComponent(".\(name).previous-\(token)")
        var warnings = Leftovers.recover(output: target)
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw .io(staging.path, underlying: error.localizedDescription)
        }
        do {
            // The manifest first: from its first instant the staging folder is marked as Karta's, so
            // a later build may remove it if this one is killed.
            try writeAll([OutputManifest(kind: kind, paths: files.map(\.path)).file], into: staging)
            try writeAll(files, into: staging)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
        guard FileKind(atPath: target.path) != .missing else {
            do {
                try fileManager.moveItem(at: staging, to: target)
            } catch {
                try? fileManager.removeItem(at: staging)
                throw .io(target.path, underlying: error.localizedDescription)
            }
            return warnings
        }
        // The swap comes first and the dot-entries move afterwards, from the old site to the new: at
        // every instant each dot-entry is in one of two folders Karta never deletes while it holds one.
        let old: URL
        if FolderSwap.exchange(staging, target) {
            old = staging
        } else {
            do {
                try fileManager.moveItem(at: target, to: retired)
            } catch {
                try? fileManager.removeItem(at: staging)
                throw .io(target.path, underlying: error.localizedDescription)
            }
            do {
                try fileManager.moveItem(at: staging, to: target)
            } catch {
                try? fileManager.moveItem(at: retired, to: target)
                try? fileManager.removeItem(at: staging)
                throw .io(target.path, underlying: error.localizedDescription)
            }
            old = retired
        }
        warnings += Leftovers.retire(old, into: target)
        return warnings
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
