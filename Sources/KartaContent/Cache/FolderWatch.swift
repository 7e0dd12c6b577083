import CStatfs
import Foundation

/// The kernel's record (Linux `inotify`) of which names changed in a set of folders since it was last
/// read, so `FolderRescan` examines only those instead of every file of a region.
///
/// A watch is trusted only for what it can report reliably: a file's name in a watched folder. Anything
/// else — a folder made, removed or renamed, a watched folder gone, events dropped, a watch the kernel
/// refused — makes `changes()` answer `nil`, and the caller walks the whole tree again (and watches it
/// afresh). On file systems whose changes may be made by another machine (NFS, SMB, FUSE) nothing is
/// reported at all, so no watch is made there.
final class FolderWatch {
    /// Watched folders by watch descriptor, as paths relative to the watched root ("" for the root).
    private var folders: [Int32: String] = [:]
    private let descriptor: Int32

    /// Nil when `inotify` is unavailable (another system, the per-user limit of instances) or `root` is on
    /// a file system it does not see every change of.
    init?(root: String) {
        guard Self.isLocal(root) else { return nil }
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Changes to names in a folder, and to the folder itself (a folder of the same name made again or
    /// moved in shows as a new folder, so those events are structural too).
    private static let mask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE)
        | UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW)

    enum Added {
        case watched
        /// The folder is gone (removed while the tree was walked).
        case gone
        /// The kernel refused (the per-user limit of watches), or the folder is reached by two paths (a bind
        /// mount), which events could not tell apart.
        case refused
    }

    /// Starts watching the folder at `path` (`relative` to the root). Call it before reading the folder's
    /// names, so a change made while they are read is reported rather than missed.
    func add(_ path: String, relative: String) -> Added {
        let watch = inotify_add_watch(descriptor, path, Self.mask)
        guard watch >= 0 else { return errno == ENOENT || errno == ENOTDIR ? .gone : .refused }
        if let known = folders[watch] { return known == relative ? .watched : .refused }
        folders[watch] = relative
        return .watched
    }

    /// A changed name: the folder it is in (relative to the root) and the name.
    struct Change: Hashable {
        var folder: String
        var name: String
    }

    /// The names that changed since the last call, hidden names left out as the snapshot leaves them out;
    /// nil when the watched tree's shape may have changed or events were lost.
    func changes() -> Set<Change>? {
        var changes = Set<Change>()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                // EAGAIN: the queue is empty.
                return errno == EAGAIN ? changes : nil
            }
            guard count > 0, collect(buffer[..<count], into: &changes) else { return nil }
        }
    }

    /// False on an event that only a fresh walk can answer.
    private func collect(_ bytes: ArraySlice<UInt8>, into changes: inout Set<Change>) -> Bool {
        let structural = UInt32(IN_Q_OVERFLOW | IN_IGNORED | IN_UNMOUNT | IN_DELETE_SELF | IN_MOVE_SELF | IN_ISDIR)
        var answerable = true
        InotifyEvent.forEach(in: bytes) { event in
            guard event.mask & structural == 0, let folder = folders[event.watch] else {
                answerable = false
                return false
            }
            if !event.name.isEmpty, !event.name.hasPrefix(".") { changes.insert(Change(folder: folder, name: event.name)) }
            return true
        }
        return answerable
    }

    /// File systems where every change is made through this kernel, so `inotify` hears of it.
    private static func isLocal(_ path: String) -> Bool {
        var info = statfs()
        guard statfs(path, &info) == 0 else { return false }
        let local: Set<Int64> = [
            0xEF53,  // ext2, ext3, ext4
            0x5846_5342,  // xfs
            0x9123_683E,  // btrfs
            0x0102_1994,  // tmpfs
            0x8584_58F6,  // ramfs
            0x794C_7630,  // overlayfs (containers)
            0x2FC1_2FC1,  // zfs
            0xF2F5_2010,  // f2fs
            0x5265_4973,  // reiserfs
            0x3153_464A,  // jfs
        ]
        return local.contains(Int64(info.f_type))
    }
}
