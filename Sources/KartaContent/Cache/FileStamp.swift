import Foundation

/// What tells a changed file from an unchanged one without reading it: size, modification time (to the
/// nanosecond), inode change time and inode, as `lstat` gives them (a symbolic link is not followed).
public struct FileStamp: Hashable, Sendable {
    public var size: Int64
    public var inode: UInt64
    public var modifiedSeconds: Int
    public var modifiedNanoseconds: Int
    public var changedSeconds: Int
    public var changedNanoseconds: Int

    /// `nil` when the file does not exist or cannot be examined.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return FileStamp(
            size: Int64(info.st_size), inode: UInt64(info.st_ino),
            modifiedSeconds: info.st_mtim.tv_sec, modifiedNanoseconds: info.st_mtim.tv_nsec,
            changedSeconds: info.st_ctim.tv_sec, changedNanoseconds: info.st_ctim.tv_nsec)
    }
}

extension FileStamp {
    /// Every regular file and link below `folder`, by path relative to it (dot-entries skipped, as the
    /// content scan skips them, and names `skipping` says so of); links are listed, not followed.
    /// `includingFolders` lists the folders below it too.
    public static func snapshot(
        of folder: String, includingFolders: Bool = false, skipping: (String) -> Bool = { _ in false }
    ) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        func walk(_ relative: String) {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names where !name.hasPrefix(".") && !skipping(name) {
                let child = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(folder + "/" + child, &info) == 0, let stamp = FileStamp.of(folder + "/" + child) else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    if includingFolders { stamps[child] = stamp }
                    walk(child)
                } else {
                    stamps[child] = stamp
                }
            }
        }
        walk("")
        return stamps
    }
}
