extension Activity {
    /// The id of a roadmap item's activity, `roadmap:ENTITY/DOCUMENT#ITEM`: pages that walk a roadmap's items
    /// find each one's activity by it.
    public static func id(of item: RoadmapItem, in roadmap: Roadmap) -> String {
        "roadmap:\(roadmap.entityID)/\(roadmap.id)#\(item.id)"
    }
}
