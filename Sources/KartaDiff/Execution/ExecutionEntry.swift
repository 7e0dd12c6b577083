import KartaModel

/// One activity's execution as a report publishes it: the status and result the report records, else
/// the roadmap's own, with what names the activity to a reader (its number, text and roadmap).
public struct ExecutionEntry: Sendable, Hashable {
    public var roadmapID: String
    public var roadmapTitle: String
    public var itemID: String
    public var number: String?
    public var activity: String
    /// «нет данных» where neither the report nor the roadmap gives one, as the report page prints it.
    public var status: ItemStatus
    /// Markdown.
    public var result: String?

    public init(
        roadmapID: String, roadmapTitle: String, itemID: String, number: String?, activity: String, status: ItemStatus, result: String?
    ) {
        self.roadmapID = roadmapID
        self.roadmapTitle = roadmapTitle
        self.itemID = itemID
        self.number = number
        self.activity = activity
        self.status = status
        self.result = result
    }

    /// What entries of two versions are matched by.
    public var key: String { roadmapID + "/" + itemID }

    /// Every activity of the entity's roadmaps with the roadmap's own status and result, by key: what
    /// the report publishes for an activity it records nothing of.
    public static func roadmapEntries(of entityID: String, in content: SiteContent) -> [String: ExecutionEntry] {
        var entries: [String: ExecutionEntry] = [:]
        for roadmap in content.roadmaps(of: entityID) {
            for item in roadmap.items {
                let entry = ExecutionEntry(
                    roadmapID: roadmap.id, roadmapTitle: roadmap.title, itemID: item.id, number: item.number, activity: item.text,
                    status: item.status ?? .noData, result: item.result)
                entries[entry.key] = entries[entry.key] ?? entry
            }
        }
        return entries
    }

    /// The records of `report`, each resolved against its roadmap (`roadmapEntries`): a record that gives
    /// only a result keeps the roadmap's status (and the other way round), as the report page shows it.
    public static func entries(of report: Report, roadmapEntries: [String: ExecutionEntry]) -> [ExecutionEntry] {
        report.execution.map { record in
            var entry = roadmapEntries[record.roadmapID + "/" + record.itemID] ?? ExecutionEntry(
                roadmapID: record.roadmapID, roadmapTitle: record.roadmapID, itemID: record.itemID, number: nil, activity: record.itemID,
                status: .noData, result: nil)
            entry.status = record.status ?? entry.status
            entry.result = record.result ?? entry.result
            return entry
        }
    }

    /// The activity with nothing recorded: what a version without the activity (or its roadmap) publishes.
    var withoutExecution: ExecutionEntry {
        var entry = self
        entry.status = .noData
        entry.result = nil
        return entry
    }
}
