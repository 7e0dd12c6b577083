import KartaModel

/// Every cycle subject's coverage, grouped once per build from all activities: the direction pages,
/// the directions index and the entity pages read it instead of regrouping every activity for each
/// page (a direction page did, for every subject: a fifth of a 200,000-activity build).
struct CycleGroups: Sendable {
    /// Every subject with at least one activity, by entity id, roadmaps before plan levels.
    let subjects: [ViewBuilder.CycleSubject]
    private let coverage: [ViewBuilder.CycleSubject: CycleCoverage]

    init(_ activities: [Activity]) {
        // Grouping keeps index order within each subject, as filtering the index did.
        let bySubject = Dictionary(grouping: activities, by: ViewBuilder.CycleSubject.init(of:))
        subjects = ViewBuilder.sortedSubjects(bySubject.keys)
        coverage = bySubject.mapValues(CycleCoverage.init)
    }

    func coverage(of subject: ViewBuilder.CycleSubject) -> CycleCoverage {
        coverage[subject] ?? CycleCoverage([])
    }
}
