/// A region, municipality or school: one folder with an `entity.yaml`.
public struct Entity: Sendable, Identifiable {
    /// The folder path below `Content/`, e.g. `sverdlovskaya-oblast/kachkanar`.
    public var id: String
    public var level: Level
    public var name: String
    public var shortName: String?
    /// The name in the genitive as it stands inside a sentence («Невьянского городского округа»), when
    /// `entity.yaml` gives it; Karta never declines a name itself.
    public var nameGenitive: String?
    /// The name in the prepositional, without its preposition («Невьянском городском округе»).
    public var namePrepositional: String?
    /// The year the entity was created: it inherits no activity of its ancestors' roadmaps that falls
    /// due only before it.
    public var since: Int?
    /// The id of the entity whose folder contains this one; `nil` for a top-level entity.
    public var parentID: String?
    /// Names by which roadmaps call this entity in their «Ответственные» column.
    public var responsibleAs: [String]
    /// Label → value pairs in the order written.
    public var details: [(label: String, value: String)]
    /// Markdown.
    public var description: String?
    public var location: SourceLocation

    public init(
        id: String, level: Level, name: String, shortName: String? = nil, parentID: String? = nil,
        responsibleAs: [String] = [], details: [(label: String, value: String)] = [],
        description: String? = nil, nameGenitive: String? = nil, namePrepositional: String? = nil, since: Int? = nil,
        location: SourceLocation
    ) {
        self.id = id
        self.level = level
        self.name = name
        self.shortName = shortName
        self.parentID = parentID
        self.responsibleAs = responsibleAs
        self.details = details
        self.description = description
        self.nameGenitive = nameGenitive
        self.namePrepositional = namePrepositional
        self.since = since
        self.location = location
    }

    /// The path segments of the id: `["sverdlovskaya-oblast", "kachkanar"]`.
    public var pathComponents: [String] { id.split(separator: "/").map(String.init) }
}
