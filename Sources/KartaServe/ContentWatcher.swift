/// Watches folders by polling: a snapshot of every file's `lstat` every `interval`, and a call of
/// `onChange` once a change has settled (two snapshots in a row agree), so that saving many files
/// at once, or an editor's write-then-rename, makes one rebuild.
///
/// Polling needs no inotify and behaves the same on every file system, network mounts included.
public struct ContentWatcher: Sendable {
    public var folders: [String]
    public var interval: Duration

    public init(folders: [String], interval: Duration = .milliseconds(300)) {
        self.folders = folders
        self.interval = interval
    }

    /// Runs until the task is cancelled.
    public func run(onChange: @Sendable () async -> Void) async {
        await run(from: snapshot(), onChange: onChange)
    }

    func snapshot() -> FolderSnapshot {
        FolderSnapshot.take(folders)
    }

    /// Runs until the task is cancelled, comparing with `baseline` first: what changed since it was
    /// taken (during the first build, say) is a change.
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
