import Foundation
import KartaModel

/// Which items of a roadmap name one of a set of bodies, by roadmap and set, shared by the workers of a
/// build: the entity page of each of a region's 1,200 schools that answer as «ОО» asks it of the same
/// regional and municipal roadmaps. Positions, not items, are kept, so a builder whose roadmaps changed in
/// wording only (`ViewBuilder.replacing`, which keeps parties as they were) reads its own texts.
struct RoadmapPartyMatches: Sendable {
    /// An item's place: its section's index and its own index in that section.
    struct Place: Sendable {
        var section: Int
        var item: Int
    }

    /// A roadmap's file and the names asked of it.
    private struct Key: Hashable {
        let file: TextKey
        let names: Set<TextKey>
    }

    private let known = SharedMemo<Key, [Place]>()

    func places(in roadmap: Roadmap, naming names: Set<TextKey>, _ find: () -> [Place]) -> [Place] {
        known.value(for: Key(file: TextKey(roadmap.location.file), names: names), find)
    }
}
