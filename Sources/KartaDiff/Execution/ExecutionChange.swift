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

    /// What changed, for the filters: the status, the result's words, or both.
    public var categories: [ChangeCategory] {
        (statusChanged ? [.status] : []) + (result == nil ? [] : [.wording])
    }

    /// «п. 2.1 «Проведение …»»: how a reader finds the activity, on one line.
    public static func place(_ entry: ExecutionEntry) -> String {
        let words = entry.activity.split(whereSeparator: \.isWhitespace)
        let text = words.prefix(8).joined(separator: " ") + (words.count > 8 ? " …" : "")
        return (entry.number.map { "п. \($0) " } ?? "") + "«\(text)»"
    }
}
