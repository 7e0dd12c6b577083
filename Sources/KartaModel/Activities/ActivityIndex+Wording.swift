extension ActivityIndex {
    /// The index with the activities of `roadmap` made again from it, in the places its previous version's
    /// held, and which activity replaced which. Nil when those places do not hold that roadmap's items one
    /// for one: only a roadmap whose wording alone changed (`Roadmap.differsOnlyInWording`) is replaced.
    public func replacing(_ roadmap: Roadmap, owner: Level?, levels: BodyIdentities) -> (index: ActivityIndex, replaced: [ObjectIdentifier: Activity])? {
        let file = roadmap.location.file
        guard let start = activities.firstIndex(where: { $0.source == .roadmap && $0.location.file == file }) else { return nil }
        var updated = activities
        var replaced: [ObjectIdentifier: Activity] = [:]
        var position = start
        let document = ActivityDocument(roadmap)
        for section in roadmap.sections {
            for item in section.items {
                guard position < activities.count else { return nil }
                let old = activities[position]
                let new = Self.activity(item, section: section, roadmap: roadmap, document: document, owner: owner, levels: levels)
                guard old.source == .roadmap, old.id == new.id, old.location.file == file, old.years == new.years else { return nil }
                updated[position] = new
                replaced[ObjectIdentifier(old)] = new
                position += 1
            }
        }
        return (ActivityIndex(activities: updated, years: years), replaced)
    }
}
