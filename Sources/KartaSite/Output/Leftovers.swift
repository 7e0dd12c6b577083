import Foundation

/// Folders a killed build left beside the output (`.Output.building-PID-…`, `.Output.previous-PID-…`).
///
/// A build killed while writing leaves its half-written staging folder; one killed between the two
/// renames of a swap (where the system cannot exchange folders in one step) leaves the previous site
/// under its retired name and no output. The next build removes the first and puts the second back.
/// Folders of a build that is still running (its process id is alive) are left alone.
enum Leftovers {
    static func recover(output target: URL) {
        let fileManager = FileManager.default
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let names = ((try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
        for kind in ["previous", "building"] {
            let prefix = ".\(name).\(kind)-"
            for entry in names where entry.hasPrefix(prefix) {
                guard let pid = Int32(entry.dropFirst(prefix.count).prefix { $0 != "-" }), !FolderSwap.isRunning(pid) else { continue }
                let url = parent.appendingPathComponent(entry)
                if kind == "previous", !fileManager.fileExists(atPath: target.path) {
                    try? fileManager.moveItem(at: url, to: target)
                } else {
                    try? fileManager.removeItem(at: url)
                }
            }
        }
    }
}
