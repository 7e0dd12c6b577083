/// The annual report «О состоянии системы образования» of one entity for one year: `reports/YYYY.md`.
///
/// The narrative is the author's Markdown; where it asks for them (`karta` fenced blocks), sections
/// are generated from the roadmaps, expected results and indicators of the entity for the year.
public struct Report: Sendable, Identifiable {
    public var entityID: String
    public var year: Int
    public var title: String
    /// Who compiled the report («Управление образованием …»), as written.
    public var compiledBy: String?
    /// The document that approved it, as for a roadmap.
    public var approval: Approval?
    /// The day it was published or signed.
    public var date: CalendarDate?
    /// Label → value pairs in the order written (telephone, e-mail, address).
    public var contacts: [(label: String, value: String)]
    public var summary: String?
    /// Figures in the report are demonstration values, not the authority's: the page says so.
    public var isDemo: Bool
    /// The narrative and the generated sections, in the order written.
    public var blocks: [ReportBlock]
    /// The year's status and result of roadmap activities, recorded in the report.
    public var execution: [ExecutionRecord]
    /// What was achieved for the year's expected results.
    public var achievements: [AchievedResult]
    public var location: SourceLocation

    public var id: String { "\(entityID)/reports/\(year)" }

    public init(
        entityID: String, year: Int, title: String, compiledBy: String? = nil, approval: Approval? = nil, date: CalendarDate? = nil,
        contacts: [(label: String, value: String)] = [], summary: String? = nil, isDemo: Bool = false, blocks: [ReportBlock] = [],
        execution: [ExecutionRecord] = [], achievements: [AchievedResult] = [], location: SourceLocation
    ) {
        self.entityID = entityID
        self.year = year
        self.title = title
        self.compiledBy = compiledBy
        self.approval = approval
        self.date = date
        self.contacts = contacts
        self.summary = summary
        self.isDemo = isDemo
        self.blocks = blocks
        self.execution = execution
        self.achievements = achievements
        self.location = location
    }

    /// The generated sections, in the order written.
    public var sections: [ReportSection] {
        blocks.compactMap { if case .section(let section) = $0 { section } else { nil } }
    }

    public func executionRecord(roadmap: String, item: String) -> ExecutionRecord? {
        execution.first { $0.roadmapID == roadmap && $0.itemID == item }
    }

    public func achievement(table: String, row: String) -> AchievedResult? {
        achievements.first { $0.tableID == table && $0.rowID == row }
    }
}
