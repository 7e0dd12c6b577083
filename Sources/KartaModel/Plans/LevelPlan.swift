/// A plan laid out as year × level (region / municipality / school), per direction.
public struct LevelPlan: Sendable, Identifiable {
    public var id: String
    public var entityID: String
    public var title: String
    public var approval: Approval?
    public var period: Period?
    /// Printed titles of the year and level columns, in order.
    public var columns: [LevelPlanColumn]
    public var intro: String?
    public var sections: [LevelPlanSection]
    public var location: SourceLocation

    public init(
        id: String, entityID: String, title: String, approval: Approval? = nil, period: Period? = nil,
        columns: [LevelPlanColumn], intro: String? = nil, sections: [LevelPlanSection], location: SourceLocation
    ) {
        self.id = id
        self.entityID = entityID
        self.title = title
        self.approval = approval
        self.period = period
        self.columns = columns
        self.intro = intro
        self.sections = sections
        self.location = location
    }
}

public struct LevelPlanColumn: Sendable, Hashable {
    /// `year`, or one of the levels.
    public enum Key: String, Sendable, CaseIterable {
        case year, region, municipality, school
    }

    public var key: Key
    public var title: String

    public init(key: Key, title: String) {
        self.key = key
        self.title = title
    }
}

public struct LevelPlanSection: Sendable {
    public var directionID: String
    /// `direction_guessed: true`: `karta import` filed the section under `directionID` because its title
    /// matched no rule; the pages then show no direction for it, and `karta check` warns until an editor confirms it.
    public var directionGuessed: Bool
    public var title: String
    public var rows: [LevelPlanRow]
    public var location: SourceLocation

    public init(directionID: String, directionGuessed: Bool = false, title: String, rows: [LevelPlanRow], location: SourceLocation) {
        self.directionID = directionID
        self.directionGuessed = directionGuessed
        self.title = title
        self.rows = rows
        self.location = location
    }
}

public struct LevelPlanRow: Sendable, Identifiable {
    public var id: String
    /// As printed; `nil` where the document prints no year.
    public var year: String?
    /// The year the row belongs to: the printed one, else the one printed above it in its section (the
    /// documents merge the year cell over all rows of a year); nil when neither can be read.
    public var yearNumber: Int?
    /// True when `yearNumber` comes from a row above rather than from this row.
    public var isYearInherited: Bool
    /// Markdown per level; `nil` = empty cell; `LevelCell.nothing` = «-», nothing at this level.
    public var cells: [Level: LevelCell]
    /// The management-cycle stage of each level's text, derived by the rules when the plan is loaded.
    public var stages: [Level: StageClassification]
    /// Deadlines printed in brackets inside each level's text («… (Март 2019 г., раб. группа при ИРО)»),
    /// in printed order, read with the row's year as the default year.
    public var inlineDeadlines: [Level: [Deadline]]
    public var location: SourceLocation

    public init(
        id: String, year: String? = nil, yearNumber: Int? = nil, isYearInherited: Bool = false, cells: [Level: LevelCell],
        stages: [Level: StageClassification] = [:], inlineDeadlines: [Level: [Deadline]] = [:], location: SourceLocation
    ) {
        self.id = id
        self.year = year
        self.yearNumber = yearNumber
        self.isYearInherited = isYearInherited
        self.cells = cells
        self.stages = stages
        self.inlineDeadlines = inlineDeadlines
        self.location = location
    }

    /// The text planned at `level`, when there is some («-» and empty cells have none).
    public func text(at level: Level) -> String? {
        if case .text(let text)? = cells[level] { return text }
        return nil
    }
}

public enum LevelCell: Sendable, Hashable {
    /// «-» in the source: explicitly nothing at this level.
    case nothing
    case text(String)
}
