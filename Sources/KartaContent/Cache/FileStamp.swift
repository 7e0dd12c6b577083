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
        return FileStamp(info)
    }

    init(_ info: stat) {
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        modifiedSeconds = info.st_mtim.tv_sec
        modifiedNanoseconds = info.st_mtim.tv_nsec
        changedSeconds = info.st_ctim.tv_sec
        changedNanoseconds = info.st_ctim.tv_nsec
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
        // `readdir` and one `fstatat` per entry, relative to the open folder (none for a folder the entry's
        // type names, unless its stamp is asked for): the preview's polling and `karta diff` walk whole
        // sites with it. Snapshots taken again and again are cheaper still through `FolderRescan`.
        func walk(_ relative: String, _ folderDescriptor: Int32) {
            guard let directory = fdopendir(folderDescriptor) else {
                close(folderDescriptor)
                return
            }
            defer { closedir(directory) }
            let descriptor = dirfd(directory)
            while let entry = readdir(directory) {
                let name = entry.pointee.name
                guard !name.hasPrefix("."), !skipping(name) else { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                // A folder's own stamp is not needed unless asked for: the entry's type says it is one.
                if !includingFolders, entry.pointee.d_type == UInt8(DT_DIR) {
                    let childDescriptor = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                    if childDescriptor >= 0 { walk(child, childDescriptor) }
                    continue
                }
                var info = stat()
                guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    if includingFolders { stamps[child] = FileStamp(info) }
                    let childDescriptor = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                    if childDescriptor >= 0 { walk(child, childDescriptor) }
                } else {
                    stamps[child] = FileStamp(info)
                }
            }
        }
        let top = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if top >= 0 { walk("", top) }
        return stamps
    }
}
