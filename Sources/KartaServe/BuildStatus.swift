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

    public init(outputFolder: String) {
        self.outputFolder = outputFolder
        snapshot = Snapshot(generation: 0, failure: nil, hasSucceeded: false, session: String(UUID().uuidString.prefix(8)).lowercased())
    }

    public var current: Snapshot { snapshot }

    public func record(_ report: BuildReport) {
        snapshot.generation += 1
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
