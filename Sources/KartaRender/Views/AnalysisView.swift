/// An analysis page: what Karta read from the documents (each activity's management-cycle stage and
/// level, the cycle's coverage, the directions of sections), with one sentence saying how, and that
/// it is not part of any approved document. The entity's, a direction's and the list of them share it.
public struct AnalysisView: Sendable, Encodable {
    /// An activity as a link to its row: its number, or a plan cell's year and level.
    public struct ActivityLink: Sendable, Encodable {
        public var label: String
        public var url: String
        public var separator: String
    }

    /// The activities of one document at one stage: how many, at which levels, and links to each
    /// (their texts are one link away: listing them made the region's page 400 KB).
    public struct StageRow: Sendable, Encodable {
        public var stage: String
        public var count: String
        public var levels: String
        public var activities: [ActivityLink]
    }

    /// One document's activities by the stage Karta gave them.
    public struct StageTable: Sendable, Encodable {
        public var anchor: String
        public var document: LinkView
        public var rows: [StageRow]
    }

    /// A section of a document and the catalogue direction its `direction:` names.
    public struct SectionDirection: Sendable, Encodable {
        public var document: LinkView
        public var section: String
        public var direction: LinkView
    }

    public var chrome: ChromeView
    public var title: String
    /// How the page was computed, and that it is not part of the approved documents: one sentence.
    public var method: String
    /// The page the analysis is of (the entity's or the direction's), nil on the list.
    public var subject: LinkView?
    public var cycleTables: [CycleTableView]
    /// What a row of the cycle tables counts.
    public var cycleNote: String?
    public var stageTables: [StageTable]
    public var sections: [SectionDirection]
    /// On the list: every entity's analysis page, then every direction's.
    public var entities: [LinkView]
    public var directions: [LinkView]
}
