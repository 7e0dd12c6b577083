/// The status and result of one roadmap activity in the report's year, as the report records them.
/// They take precedence over the roadmap's own `status` and `result` for that year.
public struct ExecutionRecord: Sendable {
    public var roadmapID: String
    public var itemID: String
    public var status: ItemStatus?
    /// Markdown.
    public var result: String?
    /// The activity's key.
    public var location: SourceLocation
    /// The roadmap's key, for problems with the roadmap id.
    public var roadmapLocation: SourceLocation

    public init(
        roadmapID: String, itemID: String, status: ItemStatus?, result: String? = nil, location: SourceLocation, roadmapLocation: SourceLocation? = nil
    ) {
        self.roadmapID = roadmapID
        self.itemID = itemID
        self.status = status
        self.result = result
        self.location = location
        self.roadmapLocation = roadmapLocation ?? location
    }
}
