extension Entity {
    /// Whether an activity that concerns this entity (its own, or one of an ancestor's roadmaps naming it
    /// responsible) is kept: an inherited activity that falls due only before `since` is not, nor one
    /// without a year whose document's period ended before it. Its own documents are kept whole.
    public func keeps(_ activity: Activity) -> Bool {
        guard let since, activity.entityID != id else { return true }
        if activity.years.isEmpty { return (activity.period?.to ?? since) >= since }
        return activity.years.contains { $0 >= since }
    }

    /// The years an activity falls due in for this entity: an inherited one only from `since` on.
    public func years(of activity: Activity) -> [Int] {
        guard let since, activity.entityID != id else { return activity.years }
        return activity.years.filter { $0 >= since }
    }
}
