import Foundation

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
    private struct Listing {
        var stamp: FileStamp
        var names: [String]
    }

    /// By folder path relative to `folder` ("" for itself). Read and replaced by `snapshot()` alone, which
    /// callers run one at a time (`IncrementalBuild` holds its lock).
    private var listings: [String: Listing] = [:]
    /// When the kept listings were read, in seconds since 1970.
    private var listedAt = 0

    public init(folder: String) {
        self.folder = folder
    }

    /// The same as `FileStamp.snapshot(of: folder)`.
    public func snapshot() -> [String: FileStamp] {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var stamps: [String: FileStamp] = [:]
        var next: [String: Listing] = [:]
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            listings = [:]
            return [:]
        }
        func walk(_ relative: String, _ stamp: FileStamp) {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            let names: [String]
            if let kept = listings[relative], kept.stamp == stamp, kept.stamp.modifiedSeconds < listedAt - 1 {
                names = kept.names
            } else {
                names = Self.names(in: path)
            }
            next[relative] = Listing(stamp: stamp, names: names)
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(path + "/" + name, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR {
                    walk(child, FileStamp(info))
                } else {
                    stamps[child] = FileStamp(info)
                }
            }
        }
        walk("", FileStamp(info))
        listings = next
        listedAt = now.tv_sec
        return stamps
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
