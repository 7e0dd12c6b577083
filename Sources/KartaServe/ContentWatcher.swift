/// Watches folders and calls `onChange` once a change has settled, so that saving many files at once,
/// or an editor's write-then-rename, makes one rebuild.
///
/// On Linux the kernel says what changed (`FolderNotifications`, inotify): a save is seen within
/// `FolderNotifications.settle` (25 ms). Where that is not available (another system, the watch limit
/// reached, events lost) the watcher polls: a snapshot of every file's `lstat` every `interval`, a
/// change counted once two snapshots in a row agree. Polling behaves the same on every file system,
/// network mounts included.
public struct ContentWatcher: Sendable {
    public var folders: [String]
    public var interval: Duration
    /// False: poll even where the kernel could notify (tests of the polling path).
    public var usesNotifications: Bool

    public init(folders: [String], interval: Duration = .milliseconds(300), usesNotifications: Bool = true) {
        self.folders = folders
        self.interval = interval
        self.usesNotifications = usesNotifications
    }

    /// What a change is measured from: the kernel's watches, or a snapshot, set up when it is made.
    public struct Baseline: Sendable {
        fileprivate let notifications: FolderNotifications?
        fileprivate let snapshot: FolderSnapshot?
        /// Whether the kernel notifies of changes (false: polling).
        public var isNotified: Bool { notifications != nil }
    }

    /// Starts watching now: what changes after this call (during the first build, say) is a change.
    public func start() -> Baseline {
        if usesNotifications, let notifications = FolderNotifications(folders: folders) {
            return Baseline(notifications: notifications, snapshot: nil)
        }
        return Baseline(notifications: nil, snapshot: snapshot())
    }

    /// Runs until the task is cancelled.
    public func run(onChange: @Sendable () async -> Void) async {
        await run(from: start(), onChange: onChange)
    }

    /// Runs until the task is cancelled, comparing with `baseline` first.
    public func run(from baseline: Baseline, onChange: @Sendable () async -> Void) async {
        if let notifications = baseline.notifications {
            // The stream ends when events were lost; its last element has already asked for a build,
            // which reads everything, and polling goes on from here.
            for await _ in notifications.changes() {
                guard !Task.isCancelled else { return }
                await onChange()
            }
            guard !Task.isCancelled else { return }
            await run(from: snapshot(), onChange: onChange)
        } else {
            await run(from: baseline.snapshot ?? snapshot(), onChange: onChange)
        }
    }

    func snapshot() -> FolderSnapshot {
        FolderSnapshot.take(folders)
    }

    /// Polls, comparing with `baseline` first.
    func run(from baseline: FolderSnapshot, onChange: @Sendable () async -> Void) async {
        var last = baseline
        while await pause() {
            var current = snapshot()
            guard current != last else { continue }
            while await pause() {
                let again = snapshot()
                if again == current { break }
                current = again
            }
            guard !Task.isCancelled else { return }
            last = current
            await onChange()
        }
    }

    /// Sleeps one interval; false once the task is cancelled.
    private func pause() async -> Bool {
        do {
            try await Task.sleep(for: interval)
            return true
        } catch {
            return false
        }
    }
}
