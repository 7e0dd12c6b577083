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
    public var title: String
    public var rows: [LevelPlanRow]
    public var location: SourceLocation

    public init(directionID: String, title: String, rows: [LevelPlanRow], location: SourceLocation) {
        self.directionID = directionID
        self.title = title
        self.rows = rows
        self.location = location
    }
}

public struct LevelPlanRow: Sendable, Identifiable {
    public var id: String
    /// As printed; `nil` where the document prints no year.
    public var year: String?
    /// Markdown per level; `nil` = empty cell; `LevelCell.nothing` = «-», nothing at this level.
    public var cells: [Level: LevelCell]
    public var location: SourceLocation

    public init(id: String, year: String? = nil, cells: [Level: LevelCell], location: SourceLocation) {
        self.id = id
        self.year = year
        self.cells = cells
        self.location = location
    }
}

public enum LevelCell: Sendable, Hashable {
    /// «-» in the source: explicitly nothing at this level.
    case nothing
    case text(String)
}
