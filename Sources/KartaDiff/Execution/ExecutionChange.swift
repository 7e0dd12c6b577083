import KartaModel

/// How one activity's execution in a report changed: its status, its result, or both.
public struct ExecutionChange: Sendable, Hashable {
    /// The entry as the new version publishes it (the old one when the new version no longer records it).
    public var entry: ExecutionEntry
    public var oldStatus: ItemStatus
    public var newStatus: ItemStatus
    /// Set when the result's words changed.
    public var result: TextDiff?
    public var anchor: String
    /// The `#change-N` of this change.
    public var changeNumber: Int?

    public var statusChanged: Bool { oldStatus != newStatus }
}
