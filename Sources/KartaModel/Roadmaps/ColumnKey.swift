/// What a roadmap column holds. The printed title of the column is kept separately, verbatim.
public enum ColumnKey: String, Sendable, CaseIterable, Codable {
    case number
    case text
    case deadline
    case responsible
    case indicator
    case result
    case status
}

/// A column as the source document prints it.
public struct Column: Sendable, Hashable {
    public var key: ColumnKey
    public var title: String

    public init(key: ColumnKey, title: String) {
        self.key = key
        self.title = title
    }
}
