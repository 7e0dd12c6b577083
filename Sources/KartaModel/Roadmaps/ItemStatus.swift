/// How far an activity has got, as reported by its authority.
public enum ItemStatus: String, Sendable, CaseIterable, Codable {
    case done = "done"
    case inProgress = "in-progress"
    case notDone = "not-done"
    case noData = "no-data"
}
