import Foundation
import KartaModel

/// Readings of cell texts already made in one load, shared by the threads of the load: each depends on
/// the text (and a year) alone, and texts repeat.
///
/// - Deadline cells repeat far more than activity texts: a region's 76,323 roadmap deadlines are 3,128
///   distinct texts («ежегодно» alone 12,855 times), and reading one runs the whole grammar (14 % of a
///   region-scale load).
/// - Activity texts repeat less (42,784 distinct of 76,323 in the region corpus; 282 of 343 in the
///   bundled content), but classifying one by cycle stage was the largest single part of a region's load.
///
/// Keys compare bytes (`TextKey`): a deadline quotes its text verbatim.
struct LoadMemo: Sendable {
    private struct DeadlineKey: Hashable {
        let text: TextKey
        let defaultYear: Int?
    }

    private let deadlines = SharedMemo<DeadlineKey, Deadline>()
    private let stages = SharedMemo<TextKey, StageClassification>()

    func parse(_ text: String, defaultYear: Int?) -> Deadline {
        deadlines.value(for: DeadlineKey(text: TextKey(text), defaultYear: defaultYear)) {
            DeadlineParser.parse(text, defaultYear: defaultYear)
        }
    }

    /// `StageClassifier.classify(text)`, once per distinct text.
    func classify(_ text: String) -> StageClassification {
        stages.value(for: text[...]) { _ in StageClassifier.classify(text) }
    }
}
