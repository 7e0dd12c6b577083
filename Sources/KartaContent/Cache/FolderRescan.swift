import Foundation
import KartaModel

/// Snapshots of one folder taken again and again (`karta serve`'s rebuilds): each folder's names are
/// kept from the last snapshot and read again only when the folder's own stamp changed, so a snapshot
/// costs one `lstat` per file and folder instead of also opening, reading and closing every folder
/// (at region scale, 3,800 folders: 65 ms of system calls against 25 ms).
///
/// A folder's names change only with its modification time, which the kernel sets from a coarse clock:
/// names read less than a second after the folder last changed are not trusted on the next snapshot (the
/// "racily clean" rule of git's index), so an entry added in the same clock tick is never missed.
///
/// Where the kernel can say which names changed (`FolderWatch`), a snapshot after the first examines only
/// those: an edit at region scale costs a few `lstat`s instead of 8,900. A change to the tree's shape, or
/// anything the watch cannot vouch for, takes the whole walk again.
public final class FolderRescan: @unchecked Sendable {
    public let folder: String
    private struct Listing: Sendable {
        var stamp: FileStamp
        var names: [String]
    }

    /// A folder to read, by its path relative to `folder`.
    private struct Pending: Sendable {
        var relative: String
        var stamp: FileStamp
    }

    /// What reading one folder gave: its listing, its files' stamps and its subfolders.
    private struct Read: Sendable {
        var relative: String
        var listing: Listing
        var files: [(String, FileStamp)]
        var folders: [Pending]
    }

    /// By folder path relative to `folder` ("" for itself). Read and replaced by `snapshot()` alone, which
    /// callers run one at a time (`IncrementalBuild` holds its lock).
    private var listings: [String: Listing] = [:]
    /// When the kept listings were read, in seconds since 1970.
    private var listedAt = 0
    /// How many files the last snapshot found: the next one's table is made that size at once.
    private var lastFileCount = 0
    /// What the kernel has reported since the last snapshot, when it watches every folder below `folder`.
    private var watch: FolderWatch?
    /// False once the kernel refused a watch (the per-user limit): walking is then cheaper than trying again.
    private var watches = true
    /// The last snapshot, kept while `watch` is there to say what changed since.
    private var last: [String: FileStamp] = [:]
    /// How many snapshots walked the whole tree (for tests).
    public private(set) var walks = 0
    /// Whether the next snapshot will examine only what the kernel reports changed.
    public var isWatching: Bool { watch != nil }

    /// `watching: false` walks the whole tree on every snapshot, as where the kernel cannot watch it.
    public init(folder: String, watching: Bool = true) {
        self.folder = folder
        watches = watching
    }

    /// The same as `FileStamp.snapshot(of: folder)`. The folders of each depth are read on every core:
    /// the `lstat`s are most of a snapshot, and at region scale there are 8,900 of them.
    public func snapshot() -> [String: FileStamp] {
        if let watch, let changes = watch.changes(), let stamps = applying(changes) {
            last = stamps
            return stamps
        }
        let stamps = walk()
        last = watch == nil ? [:] : stamps
        return stamps
    }

    /// The last snapshot with each changed name examined again; nil when a name now is a folder.
    private func applying(_ changes: Set<FolderWatch.Change>) -> [String: FileStamp]? {
        var stamps = last
        last = [:]
        for change in changes {
            let relative = change.folder.isEmpty ? change.name : change.folder + "/" + change.name
            var info = stat()
            if lstat(folder + "/" + relative, &info) != 0 {
                stamps.removeValue(forKey: relative)
            } else if info.st_mode & S_IFMT == S_IFDIR {
                return nil
            } else {
                stamps[relative] = FileStamp(info)
            }
        }
        return stamps
    }

    /// Every folder read (or, unwatched, its kept names reused) and every entry examined, each folder
    /// watched afresh before it is read when the kernel allows it.
    private func walk() -> [String: FileStamp] {
        walks += 1
        watch = watches ? FolderWatch(root: folder) : nil
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            listings = [:]
            watch = nil
            return [:]
        }
        var stamps: [String: FileStamp] = [:]
        var next: [String: Listing] = [:]
        stamps.reserveCapacity(lastFileCount)
        next.reserveCapacity(listings.count)
        // A watched walk reads every folder's names after its watch is made: a folder's stamp is taken
        // before that (by its parent's read), and names kept by that stamp could miss a file added between.
        let kept = watch == nil ? listings : [:], trustedBefore = listedAt - 1, root = folder
        var frontier = [Pending(relative: "", stamp: FileStamp(info))]
        while !frontier.isEmpty {
            // Watched before they are read, so a change made meanwhile is reported, not missed; one at a
            // time, as the watch's table is not shared between threads.
            if let watch {
                for pending in frontier {
                    let added = watch.add(pending.relative.isEmpty ? root : root + "/" + pending.relative, relative: pending.relative)
                    guard added == .watched else {
                        if added == .refused { watches = false }
                        self.watch = nil
                        break
                    }
                }
            }
            let reads = frontier.parallelMap { Self.read($0, in: root, kept: kept[$0.relative], trustedBefore: trustedBefore) }
            frontier = []
            for read in reads {
                next[read.relative] = read.listing
                for (path, stamp) in read.files { stamps[path] = stamp }
                frontier += read.folders
            }
        }
        listings = next
        listedAt = now.tv_sec
        lastFileCount = stamps.count
        return stamps
    }

    /// One folder: its names (kept when its stamp is unchanged and was read more than a second after it
    /// last changed, else read again) and an `lstat` of each.
    private static func read(_ pending: Pending, in root: String, kept: Listing?, trustedBefore: Int) -> Read {
        let path = pending.relative.isEmpty ? root : root + "/" + pending.relative
        let names: [String]
        if let kept, kept.stamp == pending.stamp, kept.stamp.modifiedSeconds < trustedBefore {
            names = kept.names
        } else {
            names = Self.names(in: path)
        }
        var read = Read(relative: pending.relative, listing: Listing(stamp: pending.stamp, names: names), files: [], folders: [])
        read.files.reserveCapacity(names.count)
        // Each entry's full path is written into one buffer after the folder's, so `lstat` gets it without
        // a string made and copied into a C string per entry.
        var fullPath = Array(path.utf8CString.dropLast())
        fullPath.append(CChar(UInt8(ascii: "/")))
        let folderLength = fullPath.count
        for name in names {
            let child = pending.relative.isEmpty ? name : pending.relative + "/" + name
            fullPath.removeSubrange(folderLength...)
            for byte in name.utf8 { fullPath.append(CChar(bitPattern: byte)) }
            fullPath.append(0)
            var info = stat()
            guard lstat(fullPath, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                read.folders.append(Pending(relative: child, stamp: FileStamp(info)))
            } else {
                read.files.append((child, FileStamp(info)))
            }
        }
        return read
    }

    /// The names in a folder that a snapshot lists: dot-entries skipped, as the content scan skips them.
    private static func names(in path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = entry.pointee.name
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names
    }
}
