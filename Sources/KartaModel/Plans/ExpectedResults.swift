/// A table of expected results by year («Ожидаемые результаты»), rows grouped by direction.
public struct ExpectedResults: Sendable, Identifiable {
    public var id: String
    public var entityID: String
    public var title: String
    public var caption: String?
    /// Markdown shown above the table.
    public var intro: String?
    /// The year columns, in order.
    public var years: [Int]
    public var sections: [ExpectedResultsSection]
    public var location: SourceLocation

    public init(
        id: String, entityID: String, title: String, caption: String? = nil, intro: String? = nil, years: [Int],
        sections: [ExpectedResultsSection], location: SourceLocation
    ) {
        self.id = id
        self.entityID = entityID
        self.title = title
        self.caption = caption
        self.intro = intro
        self.years = years
        self.sections = sections
        self.location = location
    }
}

public struct ExpectedResultsSection: Sendable {
    public var directionID: String
    /// `direction_guessed: true`: `karta import` filed the section under `directionID` because its title
    /// matched no rule; the pages then show no direction for it, and `karta check` warns until an editor confirms it.
    public var directionGuessed: Bool
    public var title: String
    public var rows: [ExpectedResultsRow]
    public var location: SourceLocation

    public init(directionID: String, directionGuessed: Bool = false, title: String, rows: [ExpectedResultsRow], location: SourceLocation) {
        self.directionID = directionID
        self.directionGuessed = directionGuessed
        self.title = title
        self.rows = rows
        self.location = location
    }
}

public struct ExpectedResultsRow: Sendable, Identifiable {
    public var id: String
    /// Markdown per year; a year without a result is absent.
    public var results: [Int: String]
    public var location: SourceLocation

    public init(id: String, results: [Int: String], location: SourceLocation) {
        self.id = id
        self.results = results
        self.location = location
    }
}
