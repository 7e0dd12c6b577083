import Foundation
import KartaModel

/// Deadlines already read in one load, by cell text and default year, shared by the threads of the load.
///
/// Deadline cells repeat far more than activity texts: a region's 76,323 roadmap deadlines are 3,128 distinct
/// texts («ежегодно» alone 12,855 times), and reading one runs the whole grammar (14 % of a region-scale load).
/// The parse depends on the text and the year alone, so each distinct pair is read once.
struct DeadlineMemo: Sendable {
    /// By the cell's bytes and the default year: a deadline quotes its text verbatim.
    private struct Key: Hashable {
        let text: TextKey
        let defaultYear: Int?
    }

    private let deadlines = SharedMemo<Key, Deadline>()

    func parse(_ text: String, defaultYear: Int?) -> Deadline {
        deadlines.value(for: Key(text: TextKey(text), defaultYear: defaultYear)) {
            DeadlineParser.parse(text, defaultYear: defaultYear)
        }
    }
}
