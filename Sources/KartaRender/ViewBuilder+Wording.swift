import KartaModel

extension ViewBuilder {
    /// A builder that notes in `sources` every roadmap whose wording the views it builds print.
    public func recordingWording(into sources: WordingSources) -> ViewBuilder {
        var builder = self
        builder.wordingSources = sources
        return builder
    }

    /// Called wherever an item's text, indicator or result goes into a view.
    func printsWording(of file: String) {
        wordingSources?.note(file)
    }

    /// The builder over `content` with `roadmaps` in place of their earlier versions, each of which
    /// differs from it only in wording (`Roadmap.differsOnlyInWording`): the indexes keep their
    /// positions and only the replaced activities are made again. Nil when a roadmap is not in the
    /// content or its activities do not line up with its items.
    public func replacing(_ roadmaps: [Roadmap]) -> ViewBuilder? {
        var builder = self
        // Search entries were made from the earlier wording.
        builder.searchEntries = SharedMemo()
        for roadmap in roadmaps {
            guard let place = builder.content.roadmaps.firstIndex(where: { $0.location.file == roadmap.location.file }),
                  let (index, replaced) = builder.activities.replacing(roadmap, owner: content.entity(roadmap.entityID)?.level, levels: bodies)
            else { return nil }
            builder.content.roadmaps[place] = roadmap
            builder.activities = index
            builder.lookup = builder.lookup.over(index)
            builder.entityActivities = builder.entityActivities.replacing(replaced)
        }
        return builder
    }
}
