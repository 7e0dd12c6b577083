import Foundation
import KartaModel

/// Which items of a roadmap name one of a set of bodies, by roadmap and set, shared by the workers of a
/// build: the entity page of each of a region's 1,200 schools that answer as «ОО» asks it of the same
/// regional and municipal roadmaps. Positions, not items, are kept, so a builder whose roadmaps changed in
/// wording only (`ViewBuilder.replacing`, which keeps parties as they were) reads its own texts.
final class RoadmapPartyMatches: @unchecked Sendable {
    /// An item's place: its section's index and its own index in that section.
    struct Place: Sendable {
        var section: Int
        var item: Int
    }

    private let lock = NSLock()
    private var known: [TextKey: [Place]] = [:]

    func places(in roadmap: Roadmap, naming names: Set<TextKey>, _ find: () -> [Place]) -> [Place] {
        let key = TextKey(([roadmap.location.file] + names.map { String($0.text) }.sorted()).joined(separator: "\u{0}"))
        if let places = lock.withLock({ known[key] }) { return places }
        let places = find()
        lock.withLock { known[key] = places }
        return places
    }
}
