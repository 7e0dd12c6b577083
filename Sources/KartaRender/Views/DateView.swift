/// A day written the Russian way («17 января 2022 г.») with its ISO form for `<time datetime>`.
public struct DateView: Sendable, Encodable {
    public var text: String
    public var iso: String
}

/// A deadline exactly as printed, with a machine-readable `datetime` when it names one day, month or year.
public struct DeadlineView: Sendable, Encodable {
    public var text: String
    /// Empty when the deadline names nothing that precise; `hasDatetime` says which.
    public var datetime: String
    public var hasDatetime: Bool

    public init(text: String, datetime: String?) {
        self.text = text
        self.datetime = datetime ?? ""
        hasDatetime = datetime != nil
    }
}
