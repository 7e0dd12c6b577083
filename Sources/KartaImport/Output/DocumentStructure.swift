import KartaContent
import KartaModel

/// What one imported document holds, for the report `karta import` ends with: title, approval,
/// source, sections, items, sub-items, deadlines read and parties, so the user can hold it against
/// the original at a glance (issue 14, point 5). `--format json` prints the same fields.
public struct DocumentStructure: Sendable, Equatable, Encodable {
    public var title: String
    /// The approving document on one line («постановление Управления образованием от 19.06.2020 № 179»).
    public var approval: String?
    /// The web address a legal-database copy came from.
    public var source: String?
    public var period: String?
    public var sections: Int
    /// Activities of a roadmap, rows of a plan or of an expected-results table.
    public var items: Int
    public var subitems: Int
    /// Deadline cells (of items and sub-items), and how many of them `karta check` reads as dates.
    public var deadlines: Int
    public var deadlinesRead: Int
    /// Responsible parties as printed, each once, in order of first appearance.
    public var parties: [String]

    enum CodingKeys: String, CodingKey {
        case title, approval, source, period, sections, items, subitems, deadlines, parties
        case deadlinesRead = "deadlines_read"
    }
}

extension DocumentStructure {
    init(_ roadmap: ImportedRoadmap) {
        let items = roadmap.sections.flatMap(\.rows)
        let deadlines = items.flatMap { [$0.deadline] + $0.subitems.map(\.deadline) }.compactMap { $0 }
        var seen = Set<String>()
        let parties = items.flatMap { $0.responsible + $0.persons + $0.subitems.flatMap { $0.responsible + $0.persons } }
            .filter { seen.insert($0).inserted }
        self.init(
            title: roadmap.title, approval: roadmap.approval.map(Self.line), source: roadmap.source,
            period: roadmap.period.map(Self.period), sections: roadmap.sections.count, items: items.count,
            subitems: items.reduce(0) { $0 + $1.subitems.count }, deadlines: deadlines.count,
            deadlinesRead: deadlines.filter { DeadlineParser.parse($0, defaultYear: roadmap.period?.from).kind != .unparsed }.count,
            parties: parties)
    }

    /// A plan or an expected-results table: sections and rows only.
    init(title: String, approval: ImportedApproval?, period: (from: Int, to: Int)?, sections: Int, rows: Int) {
        self.init(
            title: title, approval: approval.map(Self.line), source: nil, period: period.map(Self.period), sections: sections,
            items: rows, subitems: 0, deadlines: 0, deadlinesRead: 0, parties: [])
    }

    static func line(_ approval: ImportedApproval) -> String {
        [[approval.kind, approval.body].compactMap { $0 }.joined(separator: " "), approval.date.map { "от \($0)" }, approval.number.map { "№ \($0)" }]
            .compactMap { $0 }.joined(separator: " ")
    }

    static func period(_ period: (from: Int, to: Int)) -> String {
        period.from == period.to ? "\(period.from)" : "\(period.from)–\(period.to)"
    }
}
