import Foundation
import KartaModel
import KartaSite

/// What the preview knows of its builds: how many have finished, and the problems of the last one
/// when it failed. Pages and the reload endpoint read it; only the build queue writes it.
public actor BuildStatus {
    /// What a page is served with, read in one step.
    public struct Snapshot: Sendable {
        /// Builds finished since the server started, failed ones included.
        public var generation: Int
        /// The diagnostics of the last build when it failed; nil after a good build.
        public var failure: Diagnostics?
        /// False until a build succeeds: there is no good site to show yet.
        public var hasSucceeded: Bool
        /// Tells this server's pages from those of an earlier run, which reload at once.
        public var session: String
    }

    private var snapshot: Snapshot
    private let outputFolder: String
    /// Reload requests waiting for the next build, by the id of their wait.
    private var waiting: [UInt64: CheckedContinuation<Void, Never>] = [:]
    private var nextWait: UInt64 = 0

    public init(outputFolder: String) {
        self.outputFolder = outputFolder
        snapshot = Snapshot(generation: 0, failure: nil, hasSucceeded: false, session: String(UUID().uuidString.prefix(8)).lowercased())
    }

    public var current: Snapshot { snapshot }

    /// Returns once a build later than `generation` has been recorded (at once when one already has), or
    /// after `timeout`, whichever comes first: the reload endpoint answers the moment a build ends instead
    /// of polling for it, and a build recorded between its look at `current` and this call is not missed.
    ///
    /// The wait is registered in the same turn of the actor as it starts (neither the cancellation
    /// handler nor `withCheckedContinuation` suspends before its body), so the timer, a cancellation and
    /// `record` can only come after it, and `release` of a wait already over does nothing.
    public func waitForBuild(after generation: Int, within timeout: Duration) async {
        guard snapshot.generation <= generation else { return }
        nextWait += 1
        let id = nextWait
        let timer = Task { [weak self] in
            guard (try? await Task.sleep(for: timeout)) != nil else { return }
            await self?.release(id)
        }
        defer { timer.cancel() }
        await withTaskCancellationHandler {
            await withCheckedContinuation { waiting[id] = $0 }
        } onCancel: {
            Task { await self.release(id) }
        }
    }

    private func release(_ id: UInt64) {
        waiting.removeValue(forKey: id)?.resume()
    }

    public func record(_ report: BuildReport) {
        snapshot.generation += 1
        defer {
            for continuation in waiting.values { continuation.resume() }
            waiting.removeAll()
        }
        if report.succeeded {
            snapshot.failure = nil
            snapshot.hasSucceeded = true
        } else {
            var diagnostics = report.diagnostics
            if let failure = report.writeFailure {
                diagnostics.error(.writeFailed, "\(failure); the previous output is unchanged", at: SourceLocation(file: outputFolder))
            }
            snapshot.failure = diagnostics
        }
    }
}
