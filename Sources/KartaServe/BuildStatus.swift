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
    /// Waits under way, and those of them given up (time ran out, or the request went) before they
    /// were registered.
    private var active: Set<UInt64> = []
    private var abandoned: Set<UInt64> = []
    private var nextWait: UInt64 = 0

    public init(outputFolder: String) {
        self.outputFolder = outputFolder
        snapshot = Snapshot(generation: 0, failure: nil, hasSucceeded: false, session: String(UUID().uuidString.prefix(8)).lowercased())
    }

    public var current: Snapshot { snapshot }

    /// Returns when the next build has been recorded, or after `timeout`, whichever comes first: the
    /// reload endpoint answers the moment a build ends instead of polling for it.
    public func nextBuild(within timeout: Duration) async {
        nextWait += 1
        let id = nextWait
        let generation = snapshot.generation
        active.insert(id)
        let timer = Task { [weak self] in
            guard (try? await Task.sleep(for: timeout)) != nil else { return }
            await self?.release(id)
        }
        defer {
            timer.cancel()
            active.remove(id)
            abandoned.remove(id)
        }
        await withTaskCancellationHandler {
            guard snapshot.generation == generation, abandoned.remove(id) == nil else { return }
            await withCheckedContinuation { waiting[id] = $0 }
        } onCancel: {
            Task { await self.release(id) }
        }
    }

    private func release(_ id: UInt64) {
        if let continuation = waiting.removeValue(forKey: id) {
            continuation.resume()
        } else if active.contains(id) {
            abandoned.insert(id)
        }
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
