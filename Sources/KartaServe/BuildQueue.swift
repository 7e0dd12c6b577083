import Dispatch
import KartaSite

/// Runs builds one at a time on a thread of their own, away from the server's tasks. A request that
/// comes while a build runs makes exactly one more build after it, however many there were.
actor BuildQueue {
    private let rebuild: @Sendable () -> BuildReport
    private let status: BuildStatus
    private let onBuild: @Sendable (BuildReport) -> Void
    private var running: Task<Void, Never>?
    private var pending = false

    init(rebuild: @escaping @Sendable () -> BuildReport, status: BuildStatus, onBuild: @escaping @Sendable (BuildReport) -> Void) {
        self.rebuild = rebuild
        self.status = status
        self.onBuild = onBuild
    }

    /// Starts a build, or queues one after the build that is running.
    func request() {
        guard running == nil else {
            pending = true
            return
        }
        running = Task { await drain() }
    }

    /// Returns once no build runs or waits.
    func idle() async {
        while let running {
            await running.value
        }
    }

    private func drain() async {
        repeat {
            pending = false
            let rebuild = rebuild
            let report = await withCheckedContinuation { continuation in
                DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: rebuild()) }
            }
            await status.record(report)
            onBuild(report)
        } while pending
        running = nil
    }
}
