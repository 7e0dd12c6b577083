import Foundation
import KartaModel

/// Deadlines already read in one load, by cell text and default year, shared by the threads of the load.
///
/// Deadline cells repeat far more than activity texts: a region's 76,323 roadmap deadlines are 3,128 distinct
/// texts («ежегодно» alone 12,855 times), and reading one runs the whole grammar (14 % of a region-scale load).
/// The parse depends on the text and the year alone, so each distinct pair is read once.
final class DeadlineMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var deadlines: [Key: Deadline] = [:]

    /// Compared by UTF-8 bytes: `String` equality is canonical equivalence, and a deadline quotes its text verbatim.
    private struct Key: Hashable {
        let text: String
        let defaultYear: Int?

        static func == (left: Key, right: Key) -> Bool {
            left.defaultYear == right.defaultYear && left.text.utf8.elementsEqual(right.text.utf8)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(defaultYear)
            let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if hashed == nil {
                for byte in text.utf8 { hasher.combine(byte) }
            }
        }
    }

    func parse(_ text: String, defaultYear: Int?) -> Deadline {
        let key = Key(text: text, defaultYear: defaultYear)
        lock.lock()
        let known = deadlines[key]
        lock.unlock()
        if let known { return known }
        let parsed = DeadlineParser.parse(text, defaultYear: defaultYear)
        lock.lock()
        deadlines[key] = parsed
        lock.unlock()
        return parsed
    }
}
