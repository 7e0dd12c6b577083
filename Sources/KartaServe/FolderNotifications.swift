import Foundation
import KartaContent
import Synchronization

/// Changes below some folders as the kernel reports them (Linux `inotify`), settled: `changes` yields
/// once a burst of events has been quiet for `settle`, so an editor's write-then-rename or a
/// `git checkout` of many files makes one rebuild, and a single save is seen within milliseconds
/// instead of after two polls.
///
/// Every folder below is watched, and folders created later are watched as they appear. Hidden names
/// (editors' swap files, `.git`) and `~` backups are ignored, as the loader does not read them. When the
/// kernel cannot watch everything (the watch limit) the stream ends, and the watcher polls instead.
final class FolderNotifications: Sendable {
    private let descriptor: Int32
    /// Watch descriptors by the folder they watch; touched only on the reading thread after `init`.
    private let folders: Mutex<[Int32: String]>
    private let stopped = Atomic<Bool>(false)
    let settle: Duration

    /// Nil when `inotify` is not available or cannot watch every folder.
    init?(folders roots: [String], settle: Duration = .milliseconds(25)) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.settle = settle
        folders = Mutex([:])
        for root in roots where FileManager.default.fileExists(atPath: root) {
            guard watchTree(root) else {
                close(descriptor)
                return nil
            }
        }
    }

    deinit {
        close(descriptor)
    }

    private static let mask: UInt32 = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE)
        | UInt32(IN_DELETE_SELF | IN_MOVE_SELF)

    /// Watches `folder` and every folder below it; false when the kernel refuses a watch.
    private func watchTree(_ folder: String) -> Bool {
        let watch = inotify_add_watch(descriptor, folder, Self.mask | UInt32(IN_ONLYDIR))
        guard watch >= 0 else { return errno == ENOENT || errno == ENOTDIR || errno == EACCES }
        folders.withLock { $0[watch] = folder }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return true }
        for name in names where Self.isWatched(name) {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { continue }
            guard watchTree(path) else { return false }
        }
        return true
    }

    static func isWatched(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.hasSuffix("~")
    }

    /// One element per settled burst of changes; ends when the watch can no longer be trusted. Reading
    /// happens on a thread of its own, which stops when the stream's consumer goes away.
    func changes() -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        continuation.onTermination = { [self] _ in stopped.store(true, ordering: .relaxed) }
        let thread = Thread { [self] in
            read(into: continuation)
            continuation.finish()
        }
        thread.name = "karta-watch"
        thread.start()
        return stream
    }

    private func read(into continuation: AsyncStream<Void>.Continuation) {
        let settleMilliseconds = Int32(max(1, settle.components.seconds * 1000 + settle.components.attoseconds / 1_000_000_000_000_000))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var pending = false
        while !stopped.load(ordering: .relaxed) {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            // Wake at least every 100 ms to notice that the consumer has gone.
            let ready = poll(&request, 1, pending ? settleMilliseconds : 100)
            if ready < 0, errno != EINTR { return }
            if ready <= 0 {
                if pending {
                    pending = false
                    continuation.yield()
                }
                continue
            }
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EAGAIN || errno == EINTR { continue }
                return
            }
            switch parse(buffer[..<count]) {
            case .nothing: break
            case .changed: pending = true
            case .lost:
                // Events were dropped or a folder could not be watched: say so once, then let the
                // watcher fall back to polling.
                continuation.yield()
                return
            }
        }
    }

    private enum Outcome { case nothing, changed, lost }

    private func parse(_ bytes: ArraySlice<UInt8>) -> Outcome {
        var outcome = Outcome.nothing
        InotifyEvent.forEach(in: bytes) { event in
            if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
                outcome = .lost
                return false
            }
            if event.mask & UInt32(IN_IGNORED) != 0 {
                _ = folders.withLock { $0.removeValue(forKey: event.watch) }
                return true
            }
            if event.mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
                if outcome == .nothing { outcome = .changed }
                return true
            }
            guard Self.isWatched(event.name) else { return true }
            if outcome == .nothing { outcome = .changed }
            // A folder made or moved in: watch it and everything already in it.
            if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0,
               let parent = folders.withLock({ $0[event.watch] }), !watchTree(parent + "/" + event.name) {
                outcome = .lost
                return false
            }
            return true
        }
        return outcome
    }
}
