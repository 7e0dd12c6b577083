/// What was achieved for one expected result (a row of an «Ожидаемые результаты» table) in the report's year.
public struct AchievedResult: Sendable {
    public var tableID: String
    public var rowID: String
    /// Markdown.
    public var text: String
    public var location: SourceLocation

    public init(tableID: String, rowID: String, text: String, location: SourceLocation) {
        self.tableID = tableID
        self.rowID = rowID
        self.text = text
        self.location = location
    }
}
