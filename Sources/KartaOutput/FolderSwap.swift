#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Exchanges two folders in one step where the system can (Linux `renameat2(RENAME_EXCHANGE)`), so
/// there is no moment, not even for a build killed mid-swap, at which the output folder is missing.
enum FolderSwap {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc declares `renameat2` only for `_GNU_SOURCE`, which Swift's Glibc module does not see,
    /// so it is looked up at run time. Nil where the system has none (macOS, old glibc).
    private static let renameAt2: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    /// True when `first` and `second` were exchanged; false when the system or file system cannot,
    /// and the caller falls back to two renames.
    static func exchange(_ first: URL, _ second: URL) -> Bool {
        guard let renameAt2 else { return false }
        let atCurrentDirectory: Int32 = -100  // AT_FDCWD
        let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE
        return renameAt2(atCurrentDirectory, first.path, atCurrentDirectory, second.path, renameExchange) == 0
    }

    /// Whether a process with this id is running (or exists but belongs to someone else).
    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
