/// The execution of roadmaps in one year: the activities due that year, by direction, each with the
/// status and result the report records (else the roadmap's own), and which of them are overdue.
///
/// Overdue, for a report written after its year: an activity due that year that is «не выполнено»; or
/// «выполняется» although its deadline was a one-off that has passed (its last due year is the report's
/// year or earlier). Repeating and standing activities in progress are on course, not overdue; an
/// activity without a status is not judged.
public struct RoadmapExecution: Sendable {
    public struct Entry: Sendable {
        public var roadmap: Roadmap
        public var item: RoadmapItem
        public var status: ItemStatus
        /// Markdown: the report's result for the year, else the roadmap's.
        public var result: String?
        public var isOverdue: Bool
    }

    public struct Direction: Sendable {
        public var directionID: String
        /// The section's title as printed, for a section whose direction `karta import` only guessed
        /// (`direction_guessed`): its activities are a group of their own, named by it, not by the guess.
        public var printedTitle: String?
        public var entries: [Entry]

        public func count(_ status: ItemStatus) -> Int { entries.filter { $0.status == status }.count }
        public var overdueCount: Int { entries.filter(\.isOverdue).count }
    }

    public var year: Int
    /// In the order of `directions.yaml`, then of first appearance for directions it does not list.
    public var directions: [Direction]

    public var entries: [Entry] { directions.flatMap(\.entries) }
    public func count(_ status: ItemStatus) -> Int { entries.filter { $0.status == status }.count }
    public var overdueCount: Int { entries.filter(\.isOverdue).count }

    public init(roadmaps: [Roadmap], year: Int, report: Report?, directionOrder: [String]) {
        self.year = year
        var grouped: [String: [Entry]] = [:]
        var seen: [String] = []
        var groups: [String: (directionID: String, printedTitle: String?)] = [:]
        for roadmap in roadmaps {
            for section in roadmap.sections {
                let key = section.directionGuessed ? "guessed:" + section.title : section.directionID
                groups[key] = (section.directionID, section.directionGuessed ? section.title : nil)
                for item in section.items where item.isDue(in: year, period: roadmap.period) {
                    let record = report?.executionRecord(roadmap: roadmap.id, item: item.id)
                    let status = record?.status ?? item.status ?? .noData
                    let overdue = switch status {
                    case .notDone: true
                    case .inProgress: item.lastDueYear(period: roadmap.period).map { $0 <= year } ?? false
                    case .done, .noData: false
                    }
                    if grouped[key] == nil { seen.append(key) }
                    grouped[key, default: []].append(
                        Entry(roadmap: roadmap, item: item, status: status, result: record?.result ?? item.result, isOverdue: overdue))
                }
            }
        }
        let ordered = directionOrder.filter { grouped[$0] != nil } + seen.filter { !directionOrder.contains($0) }
        directions = ordered.map { Direction(directionID: groups[$0]?.directionID ?? $0, printedTitle: groups[$0]?.printedTitle, entries: grouped[$0] ?? []) }
    }
}
