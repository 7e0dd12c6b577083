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

    /// Both ways of watching: the kernel's notifications (Linux) and polling, its fallback.
    @Test(arguments: [true, false])
    func theWatcherSeesFilesAddedChangedAndRemoved(notifications: Bool) async throws {
        try await withTemporaryDirectoryAsync { folder in
            let file = folder.appendingPathComponent("a/site.yaml")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let watcher = ContentWatcher(folders: [folder.path], interval: .milliseconds(20), usesNotifications: notifications)
            let changes = Counter()
            let baseline = watcher.start()
            #if os(Linux)
            #expect(baseline.isNotified == notifications)
            #endif
            let watching = Task { await watcher.run(from: baseline) { changes.add() } }

            try Data("title: a".utf8).write(to: file)
            try await changes.wait(beyond: 0)
            try Data("title: b".utf8).write(to: file)
            try await changes.wait(beyond: 1)
            try FileManager.default.removeItem(at: file)
            try await changes.wait(beyond: 2)
            // A folder made after the watch began is watched too.
            let later = folder.appendingPathComponent("a/b/c/roadmap.yaml")
            try FileManager.default.createDirectory(at: later.deletingLastPathComponent(), withIntermediateDirectories: true)
            try await changes.wait(beyond: 3)
            let seen = changes.value
            try await Task.sleep(for: .milliseconds(100))
            try Data("items: []".utf8).write(to: later)
            try await changes.wait(beyond: max(seen, changes.value))
            watching.cancel()
            await watching.value
        }
    }

    /// An editor's swap file and backups are not content: writing them makes no build.
    @Test func hiddenFilesAndBackupsMakeNoChange() async throws {
        try await withTemporaryDirectoryAsync { folder in
            let watcher = ContentWatcher(folders: [folder.path], interval: .milliseconds(20))
            let changes = Counter()
            let baseline = watcher.start()
            let watching = Task { await watcher.run(from: baseline) { changes.add() } }
            try Data("x".utf8).write(to: folder.appendingPathComponent(".site.yaml.swp"))
            try Data("x".utf8).write(to: folder.appendingPathComponent("site.yaml~"))
            try await Task.sleep(for: .milliseconds(300))
            #expect(changes.value == 0)
            try Data("title: a".utf8).write(to: folder.appendingPathComponent("site.yaml"))
            try await changes.wait(beyond: 0)
            watching.cancel()
            await watching.value
        }
    }

    /// A reload request waiting for a build is answered as soon as the build is recorded, not at its
    /// next poll; one that asks after a build already recorded (between its look at `current` and its
    /// wait) is answered at once; and one whose time runs out returns by itself.
    @Test func aWaitingReloadRequestIsReleasedByTheNextBuild() async throws {
        let status = BuildStatus(outputFolder: "Output")
        let clock = ContinuousClock()
        let start = clock.now
        let waiting = Task { await status.waitForBuild(after: 0, within: .seconds(20)) }
        try await Task.sleep(for: .milliseconds(50))
        await status.record(SiteBuilder(content: "/nonexistent-karta-content", templates: "/nonexistent-karta-templates", output: "/nonexistent").check().report)
        await waiting.value
        #expect(start.duration(to: clock.now) < .seconds(5))
        let late = clock.now
        await status.waitForBuild(after: 0, within: .seconds(20))
        #expect(late.duration(to: clock.now) < .seconds(5))
        let timedOut = clock.now
        await status.waitForBuild(after: 1, within: .milliseconds(30))
        #expect(timedOut.duration(to: clock.now) < .seconds(5))
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
