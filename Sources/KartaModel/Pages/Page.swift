/// A free Markdown page with YAML front matter: a concept, an order, an about page.
public struct Page: Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable {
        case concept, order, about, page
    }

    /// The path below `Content/` without `.md`, e.g. `about` or `sverdlovskaya-oblast/kachkanar/concept`;
    /// `index` for the home page text.
    public var id: String
    public var title: String
    public var kind: Kind
    public var date: CalendarDate?
    public var summary: String?
    /// Markdown body after the front matter.
    public var body: String
    /// The line of the file the body starts on, for messages about its text.
    public var bodyLine: Int
    /// The entity whose folder holds the page, if any.
    public var entityID: String?
    public var location: SourceLocation

    public init(
        id: String, title: String, kind: Kind = .page, date: CalendarDate? = nil, summary: String? = nil,
        body: String, bodyLine: Int = 1, entityID: String? = nil, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.date = date
        self.summary = summary
        self.body = body
        self.bodyLine = bodyLine
        self.entityID = entityID
        self.location = location
    }
}
