extension Activity {
    /// The id of a roadmap item's activity, `roadmap:ENTITY/DOCUMENT#ITEM`: pages that walk a roadmap's items
    /// find each one's activity by it.
    public static func id(of item: RoadmapItem, in roadmap: Roadmap) -> String {
        roadmapItemID(entity: roadmap.entityID, document: roadmap.id, item: item.id)
    }

    /// The one spelling of a roadmap item's id, for `id(of:in:)` and an activity's own `id`.
    static func roadmapItemID(entity: String, document: String, item: String) -> String {
        "roadmap:\(entity)/\(document)#\(item)"
    }
}
