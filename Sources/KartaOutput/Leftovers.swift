import Foundation
import KartaContent
import KartaModel

/// Folders a build leaves beside the output (`.Output.building-PID-…`, `.Output.previous-PID-…`):
/// its staging folder, and the previous site once swapped out.
///
/// Only folders Karta can prove are its own (they carry its manifest) are ever removed, and never
/// with a dot-entry of the user's still inside: those go back into the output first. A user folder
/// that merely looks like a leftover by name is left alone.
enum Leftovers {
    /// Cleans up after builds that were killed: a retired site whose output is missing is put back;
    /// other leftovers of processes that are gone give their dot-entries back to the output and are
    /// removed. Returns warnings for what could not be removed.
    static func recover(output target: URL) -> [Diagnostic] {
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
        var warnings: [Diagnostic] = []
        for kind in ["previous", "building"] {
            let prefix = ".\(name).\(kind)-"
            for entry in names where entry.hasPrefix(prefix) {
                guard let pid = Int32(entry.dropFirst(prefix.count).prefix { $0 != "-" }), !FolderSwap.isRunning(pid) else { continue }
                let url = parent.appendingPathComponent(entry)
                guard FileKind(atPath: url.path) == .directory else { continue }
                if kind == "previous", FileKind(atPath: target.path) == .missing {
                    // A rename back never loses anything, so it needs no proof of ownership.
                    try? FileManager.default.moveItem(at: url, to: target)
                    continue
                }
                guard OutputManifest.read(in: url.path) != nil || holdsNothing(url) else { continue }
                warnings += retire(url, into: target)
            }
        }
        return warnings
    }

    /// A staging folder killed before its manifest was complete: empty, or with only (part of) the manifest.
    /// It holds nothing of anyone's, so it may go.
    private static func holdsNothing(_ folder: URL) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? ["?"]
        return names.allSatisfy { $0 == OutputManifest.fileName } && FileKind(atPath: folder.appendingPathComponent(OutputManifest.fileName).path) != .directory
    }

    /// Moves the top-level dot-entries of `old` (a retired output) into `target` where it has none of
    /// that name, then removes `old` — its manifest last, so a removal that fails halfway leaves a folder
    /// the next build still recognises. Anything it cannot move or remove is left, with a warning.
    static func retire(_ old: URL, into target: URL) -> [Diagnostic] {
        let fileManager = FileManager.default
        if FileKind(atPath: old.path) == .symbolicLink {
            // The output was a link (`--force`): the link is replaced, what it points to is not touched.
            try? fileManager.removeItem(at: old)
            return []
        }
        let names = ((try? fileManager.contentsOfDirectory(atPath: old.path)) ?? []).sorted()
        var kept: [String] = []
        for name in names where name.hasPrefix(".") && name != OutputManifest.fileName {
            let destination = target.appendingPathComponent(name)
            if FileKind(atPath: target.path) == .directory, FileKind(atPath: destination.path) == .missing,
               (try? fileManager.moveItem(at: old.appendingPathComponent(name), to: destination)) != nil {
                continue
            }
            kept.append(name)
        }
        let location = SourceLocation(file: old.path)
        guard kept.isEmpty else {
            return [.warning(
                .outputLeft, "the previous output was left at \(old.path): its \(kept.joined(separator: ", ")) could not be moved into \(target.path)",
                at: location)]
        }
        do {
            for name in names where name != OutputManifest.fileName && !name.hasPrefix(".") {
                try fileManager.removeItem(at: old.appendingPathComponent(name))
            }
            try fileManager.removeItem(at: old)
            return []
        } catch {
            return [.warning(.outputLeft, "the previous output could not be removed and was left at \(old.path): \(error.localizedDescription)", at: location)]
        }
    }
}
