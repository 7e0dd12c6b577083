import Foundation
import KartaContent

/// Every file and folder below some folders with what `lstat` says changes when it is edited:
/// two snapshots differ when anything was added, removed, rewritten or replaced.
///
/// Hidden names (editors' swap files, `.git`) and `~` backups are left out, as the loader does not
/// read them; symbolic links are recorded but not followed.
struct FolderSnapshot: Equatable, Sendable {
    private(set) var entries: [String: FileStamp] = [:]

    static func take(_ folders: [String]) -> FolderSnapshot {
        var snapshot = FolderSnapshot()
        for folder in folders {
            snapshot.add(folder)
        }
        return snapshot
    }

    private mutating func add(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, let stamp = FileStamp.of(path) else { return }
        entries[path] = stamp
        guard info.st_mode & S_IFMT == S_IFDIR, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names where !name.hasPrefix(".") && !name.hasSuffix("~") {
            add(path + "/" + name)
        }
    }
}
