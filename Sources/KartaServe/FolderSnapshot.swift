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
            var info = stat()
            guard lstat(folder, &info) == 0, let stamp = FileStamp.of(folder) else { continue }
            snapshot.entries[folder] = stamp
            // A link is recorded, not followed, like everything below.
            guard info.st_mode & S_IFMT == S_IFDIR else { continue }
            for (relative, stamp) in FileStamp.snapshot(of: folder, includingFolders: true, skipping: { $0.hasSuffix("~") }) {
                snapshot.entries[folder + "/" + relative] = stamp
            }
        }
        return snapshot
    }
}
