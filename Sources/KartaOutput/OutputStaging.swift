#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import KartaContent
import KartaModel

/// A site being written aside (`.Output.building-PID-…` beside the output) and then swapped in.
///
/// Files arrive one at a time, from any thread, as they are made: a build streams its pages here from
/// the render workers instead of holding the site in memory. From the moment the folder exists it
/// carries a manifest (first an empty one, the full list once every file is written), so a build
/// killed at any instant leaves a folder that the next build recognises as Karta's and removes.
/// The previous output is untouched until `commit`; `abandon` removes what was written.
public final class OutputStaging: @unchecked Sendable {
    public let folder: URL
    /// `folder.path`, joined to each file's path as text: `URL.appendingPathComponent` asked the file
    /// system whether every path was a folder (one `stat` per file and folder of a site).
    private let folderPath: String
    let target: URL
    let retired: URL
    let kind: OutputManifest.Kind
    /// Warnings about leftovers of killed builds, found before the folder was made.
    public let warnings: [Diagnostic]

    private let lock = NSLock()
    /// Folders already made inside `folder`, so each is made once even when workers race for it.
    private var madeFolders: Set<String> = [""]

    /// Cleans up after killed builds, then makes the staging folder and marks it as Karta's.
    public init(output: String, kind: OutputManifest.Kind = .site) throws(OutputWriter.WriteError) {
        target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        // The process id in the names tells a later build which leftovers belong to a killed build.
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        folder = parent.appendingPathComponent(".\(name).building-\(token)")
        retired = parent.appendingPathComponent(".\(name).previous-\(token)")
        folderPath = folder.path
        self.kind = kind
        warnings = Leftovers.recover(output: target)
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        } catch {
            throw .io(folder.path, underlying: error.localizedDescription)
        }
        do {
            // An empty manifest first: from its first instant the folder is marked as Karta's.
            try store(OutputManifest(kind: kind, paths: []).file)
        } catch {
            abandon()
            throw error
        }
    }

    /// Writes one file into the staging folder; safe to call from many threads at once.
    public func write(_ file: OutputFile) throws(OutputWriter.WriteError) {
        guard OutputPath.isSafe(file.path), file.path != OutputManifest.fileName else { throw .unsafePath(file.path) }
        try makeFolder(Self.parent(of: file.path))
        try store(file)
    }

    /// Writes the manifest of `paths` (every file written), then swaps the folder in for the output.
    /// Returns warnings: leftovers found at the start, an old output that could not be removed.
    public func commit(paths: [String]) throws(OutputWriter.WriteError) -> [Diagnostic] {
        do {
            try store(OutputManifest(kind: kind, paths: paths).file)
        } catch {
            abandon()
            throw error
        }
        let fileManager = FileManager.default
        guard FileKind(atPath: target.path) != .missing else {
            do {
                try fileManager.moveItem(at: folder, to: target)
            } catch {
                abandon()
                throw .io(target.path, underlying: error.localizedDescription)
            }
            return warnings
        }
        // The swap comes first and the dot-entries move afterwards, from the old site to the new: at
        // every instant each dot-entry is in one of two folders Karta never deletes while it holds one.
        let old: URL
        if FolderSwap.exchange(folder, target) {
            old = folder
        } else {
            do {
                try fileManager.moveItem(at: target, to: retired)
            } catch {
                abandon()
                throw .io(target.path, underlying: error.localizedDescription)
            }
            do {
                try fileManager.moveItem(at: folder, to: target)
            } catch {
                try? fileManager.moveItem(at: retired, to: target)
                abandon()
                throw .io(target.path, underlying: error.localizedDescription)
            }
            old = retired
        }
        return warnings + Leftovers.retire(old, into: target)
    }

    /// Removes the staging folder and everything written into it; the output is as it was.
    public func abandon() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func makeFolder(_ relative: String) throws(OutputWriter.WriteError) {
        lock.lock()
        defer { lock.unlock() }
        guard !madeFolders.contains(relative) else { return }
        // Outermost first, each with one `mkdir`: `FileManager.createDirectory` looked at every parent of
        // every folder again, and a region's site has 12,000 folders.
        var missing: [String] = []
        var parent = relative
        while !parent.isEmpty, !madeFolders.contains(parent) {
            missing.append(parent)
            parent = Self.parent(of: parent)
        }
        for path in missing.reversed() {
            let location = folderPath + "/" + path
            if mkdir(location, 0o755) != 0 {
                let failure = errno
                // Another build's file in the way is not a folder: only an existing folder will do.
                guard failure == EEXIST, FileKind(atPath: location) == .directory else {
                    throw .io(path, underlying: String(cString: strerror(failure == EEXIST ? ENOTDIR : failure)))
                }
            }
            madeFolders.insert(path)
        }
    }

    private func store(_ file: OutputFile) throws(OutputWriter.WriteError) {
        try NewFile.create(folderPath + "/" + file.path, with: file.data, reporting: file.path)
    }

    /// The folder part of a safe relative path (`a/b/c.html` → `a/b`, `c.html` → ``).
    static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }
}
