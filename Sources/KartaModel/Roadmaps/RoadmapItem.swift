/// One activity (мероприятие) of a roadmap.
public struct RoadmapItem: Sendable, Identifiable, Equatable {
    /// Stable id, unique within the roadmap: what diffs and exports key on.
    public var id: String
    /// The number as printed («2..», «4», «7.1»); not necessarily a number.
    public var number: String?
    /// Markdown.
    public var text: String
    /// The deadline exactly as printed.
    public var deadline: String?
    /// What the deadline means, read when the content is loaded; nil when the cell is absent.
    public var schedule: Deadline?
    /// Responsible parties as printed.
    public var responsible: [String]
    /// People named as responsible («Петров П.П.»), as printed: shown after the parties, never given a body's page.
    public var persons: [String]
    public var indicator: String?
    public var result: String?
    public var status: ItemStatus?
    /// The management-cycle stage: `stage:` in the source, else derived from the text.
    public var stage: StageClassification
    /// The administrative level that carries the activity, when the source states it (`level:`).
    public var level: Level?
    public var subitems: [RoadmapSubitem]
    public var location: SourceLocation

    public init(
        id: String, number: String? = nil, text: String, deadline: String? = nil, schedule: Deadline? = nil,
        responsible: [String] = [], persons: [String] = [], indicator: String? = nil, result: String? = nil, status: ItemStatus? = nil,
        stage: StageClassification = StageClassification(stage: .measures), level: Level? = nil,
        subitems: [RoadmapSubitem] = [], location: SourceLocation
    ) {
        self.id = id
        self.number = number
        self.text = text
        self.deadline = deadline
        self.schedule = schedule
        self.responsible = responsible
        self.persons = persons
        self.indicator = indicator
        self.result = result
        self.status = status
        self.stage = stage
        self.level = level
        self.subitems = subitems
        self.location = location
    }
}

/// A sub-activity with its own deadline and responsible parties, kept aligned with its parent.
public struct RoadmapSubitem: Sendable, Equatable {
    public var number: String?
    public var text: String
    public var deadline: String?
    /// What the deadline means; nil when the cell is absent.
    public var schedule: Deadline?
    public var responsible: [String]
    /// People named as responsible, as printed.
    public var persons: [String]
    public var location: SourceLocation

    public init(
        number: String? = nil, text: String, deadline: String? = nil, schedule: Deadline? = nil, responsible: [String] = [],
        persons: [String] = [], location: SourceLocation
    ) {
        self.number = number
        self.text = text
        self.deadline = deadline
        self.schedule = schedule
        self.responsible = responsible
        self.persons = persons
        self.location = location
    }
}
