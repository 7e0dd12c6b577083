/// What the activities of one roadmap or plan share: whose it is, its id and title, and its period.
public final class ActivityDocument: Sendable {
    /// The entity whose folder holds the document.
    public let entityID: String
    /// The file name, without the extension.
    public let id: String
    public let title: String
    public let period: Period?

    public init(entityID: String, id: String, title: String, period: Period?) {
        self.entityID = entityID
        self.id = id
        self.title = title
        self.period = period
    }
}

extension ActivityDocument {
    public convenience init(_ roadmap: Roadmap) {
        self.init(entityID: roadmap.entityID, id: roadmap.id, title: roadmap.title, period: roadmap.period)
    }

    public convenience init(_ plan: LevelPlan) {
        self.init(entityID: plan.entityID, id: plan.id, title: plan.title, period: plan.period)
    }
}
