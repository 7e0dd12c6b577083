/// Which cycle stage an activity was put in, and why.
///
/// Rows often name two or three stages («Проведение анализа результатов мониторинга, принятие управленческих мер»),
/// so the rule result keeps the runners-up in `alternatives` for compound views and for a reviewer who overrides it.
public struct StageClassification: Sendable, Hashable {
    /// The stage the activity is counted under.
    public var stage: CycleStage
    /// Other stages whose stems also matched, in cycle order; never contains `stage`.
    public var alternatives: [CycleStage]
    /// True when the source file set the stage by hand; false when the rules derived it.
    public var isExplicit: Bool
    /// The text that decided (as matched in the lower-cased activity text), for review; nil for the default and explicit stages.
    public var matchedStem: String?

    public init(stage: CycleStage, alternatives: [CycleStage] = [], isExplicit: Bool = false, matchedStem: String? = nil) {
        self.stage = stage
        self.alternatives = alternatives
        self.isExplicit = isExplicit
        self.matchedStem = matchedStem
    }

    /// A stage set by hand in the source; it has no alternatives because the author already chose.
    public static func explicit(_ stage: CycleStage) -> StageClassification {
        StageClassification(stage: stage, isExplicit: true)
    }
}
