/// One activity of the site wherever it is printed: an item of a roadmap, or one level's cell of a per-level
/// plan. Year, direction and responsible pages all read activities, so the three views never disagree.
///
/// A class, read only: pages group and filter activities by the hundred thousand (direction, year and
/// entity pages, search groups), and each copy of a struct this size cost its bytes and a retain per field
/// (a 200,000-item roadmap built in 1.4 GB, mostly such copies).
public final class Activity: Sendable, Identifiable {
    public enum Source: String, Sendable, Hashable {
        /// An item of `roadmaps/ID.yaml`.
        case roadmap
        /// A level cell of `plans/ID.yaml`.
        case plan
    }

    /// Unique on the site: `roadmap:ENTITY/DOCUMENT#ITEM`, `plan:ENTITY/DOCUMENT#ROW/LEVEL`. Made when asked:
    /// kept, the ids were a quarter of the activities' memory (13.5 MB at region scale), for the few pages that
    /// read them.
    public var id: String {
        switch source {
        case .roadmap: Self.roadmapItemID(entity: entityID, document: documentID, item: rowID)
        case .plan: "plan:\(entityID)/\(documentID)#\(rowID)/\(level.rawValue)"
        }
    }
    public let source: Source
    /// The roadmap or plan, shared by its activities (held by each, its four fields were a tenth of their memory).
    public let document: ActivityDocument
    /// The entity whose folder holds the document.
    public var entityID: String { document.entityID }
    /// The roadmap's or plan's id (file name) and title.
    public var documentID: String { document.id }
    public var documentTitle: String { document.title }
    public let directionID: String
    /// The section title as printed.
    public let sectionTitle: String
    public let number: String?
    /// Markdown.
    public let text: String
    /// The «Сроки» cell of a roadmap item, read; nil for plan cells and absent cells.
    public let deadline: Deadline?
    /// A plan row's year (printed or inherited from the row above); nil for roadmap items.
    public let planYear: Int?
    /// Deadlines printed in brackets inside a plan cell.
    public let inlineDeadlines: [Deadline]
    /// Responsible bodies as printed: the item's, then its sub-items' not already named; for a plan cell, the
    /// glossary bodies named after a deadline in brackets («(Январь 2020, МОиПО СО, ИРО)»). People are not
    /// bodies: names in `persons:`, and names written among the parties («Петров П.П.»), are left out.
    public let parties: [String]
    /// The item's own «Ответственные» cell (without sub-items), for display.
    public let responsible: [String]
    /// The item's own `persons:`, shown after `responsible`.
    public let persons: [String]
    public let stage: StageClassification
    public let level: Level
    public let levelSource: LevelSource
    /// The document's period, against which yearly and continuous deadlines are expanded.
    public var period: Period? { document.period }
    /// The id of the activity's row in its document (item id or plan row id), which its page anchors.
    public let rowID: String
    public let subitems: [RoadmapSubitem]
    /// Every year the activity falls due in, ascending: yearly and recurring deadlines expanded over the period.
    public let years: [Int]
    public let location: SourceLocation

    public init(
        source: Source, document: ActivityDocument, directionID: String,
        sectionTitle: String, number: String? = nil, text: String, deadline: Deadline? = nil, planYear: Int? = nil,
        inlineDeadlines: [Deadline] = [], parties: [String] = [], responsible: [String] = [], persons: [String] = [],
        stage: StageClassification,
        level: Level, levelSource: LevelSource, rowID: String, subitems: [RoadmapSubitem] = [],
        location: SourceLocation
    ) {
        self.source = source
        self.document = document
        self.directionID = directionID
        self.sectionTitle = sectionTitle
        self.number = number
        self.text = text
        self.deadline = deadline
        self.planYear = planYear
        self.inlineDeadlines = inlineDeadlines
        self.parties = parties
        self.responsible = responsible
        self.persons = persons
        self.stage = stage
        self.level = level
        self.levelSource = levelSource
        self.rowID = rowID
        self.subitems = subitems
        self.location = location
        var years = Set(planYear.map { [$0] } ?? [])
        for deadline in Self.calendarDeadlines(deadline: deadline, inline: inlineDeadlines, subitems: subitems) {
            years.formUnion(deadline.years(in: document.period))
        }
        self.years = years.sorted()
    }

    /// The months of `year` the activity falls due in, ascending; empty when it falls due that year without a
    /// known month (a bare year, «ежегодно»), or not at all.
    public func months(in year: Int) -> [Int] {
        guard years.contains(year) else { return [] }
        var mask: UInt16 = 0
        for deadline in Self.calendarDeadlines(deadline: deadline, inline: inlineDeadlines, subitems: subitems) {
            mask |= Deadline.monthMask(deadline.months(in: year, period: period))
        }
        return Deadline.months(of: mask)
    }

    /// The earliest day the activity can mean, for sorting; nil when nothing is known.
    public var sortStart: CalendarDate? {
        let deadlines = Self.calendarDeadlines(deadline: deadline, inline: inlineDeadlines, subitems: subitems)
        let dates = deadlines.compactMap { $0.sortStart(in: period) } + (planYear.flatMap { CalendarDate(year: $0, month: 1, day: 1) }.map { [$0] } ?? [])
        return dates.min()
    }

    /// The printed deadline text to show with the activity: the «Сроки» cell; for a plan cell, the row's year and
    /// the brackets read as deadlines, as printed («2019; (Март 2019 г., раб. группа при ИРО)»).
    public var deadlineText: String? {
        if let text = deadline?.text, text.contains(where: { !$0.isWhitespace }) { return text }
        let parts = (planYear.map { [String($0)] } ?? []) + inlineDeadlines.map(\.text)
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    private static func calendarDeadlines(deadline: Deadline?, inline: [Deadline], subitems: [RoadmapSubitem]) -> [Deadline] {
        (deadline.map { [$0] } ?? []) + inline + subitems.compactMap(\.schedule)
    }
}

/// Where an activity's level came from, in the order they are tried.
public enum LevelSource: String, Sendable, Hashable, CaseIterable {
    /// `level:` on the item.
    case explicit
    /// The first responsible body whose level is known (glossary `level`, or an entity's `responsible_as`).
    case responsible
    /// The level of the entity that owns the roadmap.
    case entity
    /// The plan column the text is printed in.
    case plan
}
