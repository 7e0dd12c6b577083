import Foundation
import KartaModel
@testable import KartaServe
import KartaSite
import Synchronization
import Testing

/// What makes the preview rebuild: the watcher sees edits, additions and removals, and the queue
/// runs one build at a time, folding every request made during a build into one more build.
@Suite("Serve: watching and rebuilding", .timeLimit(.minutes(1)))
struct ServeRebuildTests {
    /// Counts calls, and lets a test wait for the next one.
    final class Counter: Sendable {
        private let count = Mutex(0)
        func add() { count.withLock { $0 += 1 } }
        var value: Int { count.withLock { $0 } }

        func wait(beyond previous: Int) async throws {
            while value <= previous { try await Task.sleep(for: .milliseconds(10)) }
        }
    }

    @Test func theWatcherSeesFilesAddedChangedAndRemoved() async throws {
        try await withTemporaryDirectoryAsync { folder in
            let file = folder.appendingPathComponent("a/site.yaml")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let watcher = ContentWatcher(folders: [folder.path], interval: .milliseconds(20))
            let changes = Counter()
            let baseline = watcher.snapshot()
            let watching = Task { await watcher.run(from: baseline) { changes.add() } }

            try Data("title: a".utf8).write(to: file)
            try await changes.wait(beyond: 0)
            try Data("title: b".utf8).write(to: file)
            try await changes.wait(beyond: 1)
            try FileManager.default.removeItem(at: file)
            try await changes.wait(beyond: 2)
            watching.cancel()
            await watching.value
        }
    }

    @Test func requestsDuringABuildMakeOneMoreBuild() async throws {
        let builds = Counter()
        let gate = DispatchSemaphore(value: 0)
        let status = BuildStatus(outputFolder: "Output")
        let queue = BuildQueue(
            rebuild: {
                builds.add()
                if builds.value == 1 { gate.wait() }
                return SiteBuilder(content: "/nonexistent-karta-content", templates: "/nonexistent-karta-templates", output: "/nonexistent-karta-output").check().report
            },
            status: status, onBuild: { _ in })
        await queue.request()
        try await builds.wait(beyond: 0)
        for _ in 1...3 { await queue.request() }
        gate.signal()
        await queue.idle()
        #expect(builds.value == 2)
        let current = await status.current
        #expect(current.generation == 2)
        #expect(!current.hasSucceeded)
        #expect(current.failure?.hasErrors == true)
    }
}
