import KartaModel

/// What a reviewer compares in a document: a roadmap, a per-level plan, a table of expected
/// results, a catalogue, a page or a report.
public enum DocumentKind: String, Sendable, CaseIterable, Codable {
    case roadmap
    case plan
    case expectedResults = "expected-results"
    case glossary
    case directions
    case entities
    /// `indicators.csv` of an entity: one row per indicator and year.
    case indicators
    case page
    case report
}

/// What a change is about, for the summary («сроки — 2») and the filters.
public enum ChangeCategory: String, Sendable, CaseIterable, Codable, Comparable {
    case wording, deadline, responsible, indicator, status

    public static func < (lhs: ChangeCategory, rhs: ChangeCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A table document reduced to what a diff needs: keyed rows under sections, typed cells, and
/// the fields around the table (title, approval, period …) as text.
///
/// Roadmaps, plans, expected results and the catalogues all become one of these, so one differ
/// and one presentation serve them all.
public struct TableDocument: Sendable {
    public var kind: DocumentKind
    public var id: String
    public var entityID: String?
    public var title: String
    /// Key → text, in display order: `title`, `approval`, `period`, `intro`, `outro` …
    public var metadata: [MetadataField]
    public var columns: [TableColumn]
    public var sections: [TableSection]
    /// The years deadlines without a year of their own fall in.
    public var period: Period?

    public init(
        kind: DocumentKind, id: String, entityID: String?, title: String, metadata: [MetadataField], columns: [TableColumn],
        sections: [TableSection], period: Period? = nil
    ) {
        self.kind = kind
        self.id = id
        self.entityID = entityID
        self.title = title
        self.metadata = metadata
        self.columns = columns
        self.sections = sections
        self.period = period
    }

    /// The id a document is matched by across versions.
    public var key: String { "\(kind.rawValue):\(entityID ?? ""):\(id)" }
}

public struct MetadataField: Sendable, Hashable {
    public var key: String
    public var value: String

    public init(_ key: String, _ value: String?) {
        self.key = key
        self.value = value ?? ""
    }
}

public struct TableColumn: Sendable, Hashable {
    public enum Role: Sendable, Hashable {
        /// The printed number (or the key) of the row, shown as the row header.
        case number
        case cell(ChangeCategory)
    }

    public var key: String
    public var title: String
    public var role: Role

    public init(key: String, title: String, role: Role) {
        self.key = key
        self.title = title
        self.role = role
    }

    public var category: ChangeCategory {
        if case .cell(let category) = role { category } else { .wording }
    }
}

/// A run of rows under one direction.
public struct TableSection: Sendable {
    /// The direction id, or "" in a table without directions.
    public var directionID: String
    public var title: String
    public var rows: [TableRow]

    public init(directionID: String, title: String, rows: [TableRow]) {
        self.directionID = directionID
        self.title = title
        self.rows = rows
    }
}

public struct TableRow: Sendable {
    public var id: String
    public var number: String?
    /// Column key → value; a column without a value is absent.
    public var cells: [String: CellValue]
    public var level: Level?
    /// What rows are paired by when their ids differ: the activity, the expansion.
    public var mainText: String
    public var subrows: [TableRow]

    public init(id: String, number: String? = nil, cells: [String: CellValue], level: Level? = nil, mainText: String, subrows: [TableRow] = []) {
        self.id = id
        self.number = number
        self.cells = cells
        self.level = level
        self.mainText = mainText
        self.subrows = subrows
    }
}

/// One cell, typed by what it means, so it is compared by meaning rather than by spelling.
public enum CellValue: Sendable, Hashable {
    /// Markdown.
    case text(String)
    /// The deadline as printed and as read.
    case deadline(String, Deadline?)
    /// Responsible bodies as printed.
    case parties([String])
    /// A value from a fixed list (a status, a level); the presentation names it.
    case choice(String)

    /// The cell as one line of text, for summaries and typography notes.
    public var plainText: String {
        switch self {
        case .text(let text), .deadline(let text, _), .choice(let text): text
        case .parties(let names): names.joined(separator: ", ")
        }
    }
}
