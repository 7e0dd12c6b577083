import Foundation
import KartaModel

/// Results of a pure text-to-text function, by input, shared by the threads of one build.
///
/// The same text reaches many pages: an activity on its roadmap, its entity's, year, direction and
/// body pages; the header and footer on all of them. Its cell HTML (cmark) and its typesetting
/// depend on the text alone, so each distinct text is processed once per build instead of once per
/// page that shows it.
public final class TextMemo: @unchecked Sendable {
    private let lock = NSLock()
    /// Keys are copies of their texts, so no page is kept alive by its text; compared by bytes (`TextKey`).
    private var results: [TextKey: String] = [:]

    public init() {}

    public func value(for text: Substring, _ make: (Substring) -> String) -> String {
        lock.lock()
        let known = results[TextKey(text)]
        lock.unlock()
        if let known { return known }
        let made = make(text)
        lock.lock()
        results[TextKey(String(text))] = made
        lock.unlock()
        return made
    }
}
