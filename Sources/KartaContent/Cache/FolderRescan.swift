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

    public init(folder: String) {
        self.folder = folder
    }

    /// The same as `FileStamp.snapshot(of: folder)`. The folders of each depth are read on every core:
    /// the `lstat`s are most of a snapshot, and at region scale there are 8,900 of them.
    public func snapshot() -> [String: FileStamp] {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            listings = [:]
            return [:]
        }
        var stamps: [String: FileStamp] = [:]
        var next: [String: Listing] = [:]
        stamps.reserveCapacity(lastFileCount)
        next.reserveCapacity(listings.count)
        let kept = listings, trustedBefore = listedAt - 1, root = folder
        var frontier = [Pending(relative: "", stamp: FileStamp(info))]
        while !frontier.isEmpty {
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
