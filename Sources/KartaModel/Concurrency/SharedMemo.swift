import Foundation

/// Results of a pure function by its input, shared by the workers of one build or load.
///
/// A lookup takes the lock for a dictionary read; a miss makes the value outside the lock, so two workers
/// may both make a value the first time they meet its key. That costs a little work once and never blocks
/// one worker on another's long computation; the function is pure, so both make the same value.
public final class SharedMemo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    public init() {}

    /// The value kept for `key`, if any.
    public func value(for key: Key) -> Value? {
        lock.withLock { values[key] }
    }

    public func store(_ value: Value, for key: Key) {
        lock.withLock { values[key] = value }
    }

    /// The value kept for `key`, else `make()`'s, kept under `key`.
    public func value(for key: Key, _ make: () -> Value) -> Value {
        if let known = value(for: key) { return known }
        let made = make()
        store(made, for: key)
        return made
    }
}

extension SharedMemo where Key == TextKey {
    /// The value for a text, made from it once. The text is looked up as it is and kept as a copy of its
    /// own, so no page or document stays alive because one of its texts is a key.
    public func value(for text: Substring, _ make: (Substring) -> Value) -> Value {
        if let known = value(for: TextKey(text)) { return known }
        let made = make(text)
        store(made, for: TextKey(String(text)))
        return made
    }
}
