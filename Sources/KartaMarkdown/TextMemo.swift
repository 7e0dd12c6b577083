import Foundation

/// Results of a pure text-to-text function, by input, shared by the threads of one build.
///
/// The same text reaches many pages: an activity on its roadmap, its entity's, year, direction and
/// body pages; the header and footer on all of them. Its cell HTML (cmark) and its typesetting
/// depend on the text alone, so each distinct text is processed once per build instead of once per
/// page that shows it.
public final class TextMemo: @unchecked Sendable {
    private let lock = NSLock()
    /// Keys are substrings of their own strings, so no page is kept alive by its text.
    private var results: [Substring: String] = [:]

    public init() {}

    public func value(for text: Substring, _ make: (Substring) -> String) -> String {
        lock.lock()
        let known = results[text]
        lock.unlock()
        if let known { return known }
        let made = make(text)
        lock.lock()
        results[Substring(String(text))] = made
        lock.unlock()
        return made
    }
}
