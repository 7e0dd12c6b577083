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
    private var results: [Key: String] = [:]

    /// Text compared and hashed by its UTF-8 bytes. `String`'s own equality is canonical
    /// equivalence: a precomposed «й» would find the result of a decomposed one, and the page would
    /// get the other bytes. Hashing bytes also skips the normalisation `String` hashing does.
    struct Key: Hashable {
        let text: Substring

        static func == (left: Key, right: Key) -> Bool { left.text.utf8.elementsEqual(right.text.utf8) }

        func hash(into hasher: inout Hasher) {
            let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if hashed == nil {
                Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
            }
        }
    }

    public init() {}

    public func value(for text: Substring, _ make: (Substring) -> String) -> String {
        lock.lock()
        let known = results[Key(text: text)]
        lock.unlock()
        if let known { return known }
        let made = make(text)
        lock.lock()
        results[Key(text: Substring(String(text)))] = made
        lock.unlock()
        return made
    }
}
