/// How a set of activities covers the management cycle, per direction: the counts behind a direction × stage
/// table, and which of the nine components are missing (the gaps an ОМУКО evaluation looks for).
public struct CycleCoverage: Sendable {
    /// Direction id → stage → number of activities.
    public let counts: [String: [CycleStage: Int]]

    public init(_ activities: [Activity]) {
        self = Self.grouped(activities) { _ in true }[true] ?? CycleCoverage(counts: [:])
    }

    private init(counts: [String: [CycleStage: Int]]) {
        self.counts = counts
    }

    /// The coverage of each group of `activities`, counted in one pass: pages that show a row per
    /// subject read these instead of filtering every activity again for each row.
    public static func grouped<Group: Hashable>(_ activities: [Activity], by group: (Activity) -> Group) -> [Group: CycleCoverage] {
        var counts: [Group: [String: [CycleStage: Int]]] = [:]
        for activity in activities {
            counts[group(activity), default: [:]][activity.directionID, default: [:]][activity.stage.stage, default: 0] += 1
        }
        return counts.mapValues(CycleCoverage.init(counts:))
    }

    public func count(_ direction: String, _ stage: CycleStage) -> Int {
        counts[direction]?[stage] ?? 0
    }

    /// Whether a component is present. Goals are never planned as rows of their own; they live in the documents
    /// of the normative base, so `framework` rows count as evidence for `goals` (domain model §2.1).
    public func isCovered(_ direction: String, _ stage: CycleStage) -> Bool {
        count(direction, stage) > 0 || (stage == .goals && count(direction, .framework) > 0)
    }

    /// The components of the full cycle with no activity, in cycle order.
    public func gaps(_ direction: String) -> [CycleStage] {
        CycleStage.cycle.filter { !isCovered(direction, $0) }
    }
}
