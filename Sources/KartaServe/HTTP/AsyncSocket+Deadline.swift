import FlyingSocks
import Foundation

/// The deadline passed before the client sent, or took, what it had to.
struct ConnectionTimedOut: Error {}

extension AsyncSocket {
    /// One read that gives up at `deadline`.
    func read(atMost count: Int, before deadline: ContinuousClock.Instant) async throws -> [UInt8] {
        try await Self.race(deadline) { try await self.read(atMost: count) }
    }

    /// A write that gives up at `deadline`: a client that stops reading cannot hold the task.
    func write(_ data: Data, before deadline: ContinuousClock.Instant) async throws {
        try await Self.race(deadline) { try await self.write(data) }
    }

    /// FlyingSocks' pool resumes a cancelled wait, so the loser is cancelled, not left behind.
    private static func race<T: Sendable>(_ deadline: ContinuousClock.Instant, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask(operation: work)
            group.addTask {
                try await Task.sleep(until: deadline, clock: .continuous)
                throw ConnectionTimedOut()
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }
}
