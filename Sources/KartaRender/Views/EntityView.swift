public struct EntityView: Sendable, Encodable {
    public struct Detail: Sendable, Encodable {
        public var label: String
        public var value: String
    }

    public struct ChildGroup: Sendable, Encodable {
        public var heading: String
        public var count: String
        public var entities: [LinkView]
    }

    /// The activities of one roadmap that this entity is responsible for.
    public struct Responsibility: Sendable, Encodable {
        public var roadmap: LinkView
        public var items: [ResponsibilityItem]
    }

    public struct ResponsibilityItem: Sendable, Encodable {
        public var number: String?
        public var textHTML: String
        public var deadline: String?
        public var direction: String
        public var url: String
        public var parties: [PartyView]
    }

    public var chrome: ChromeView
    public var name: String
    public var shortName: String?
    public var levelLabel: String
    public var parent: LinkView?
    public var details: [Detail]
    /// Short name, parent or details to show in the definition list.
    public var hasDetails: Bool
    public var descriptionHTML: String?
    public var childGroups: [ChildGroup]
    public var roadmaps: [LinkView]
    public var plans: [LinkView]
    public var expectedResults: [LinkView]
    public var latestReport: LinkView?
    public var reportIndexURL: String
    public var reportCount: String
    public var pages: [LinkView]
    public var responsibleAs: [PartyView]
    public var responsibilities: [Responsibility]
    public var responsibilityCount: String
    /// The years with activities of this entity, each linked to its year page.
    public var years: [LinkView]
    /// Its analysis page (the management cycle of its roadmaps and plan levels), when the site has one.
    public var analysisURL: String?
}
