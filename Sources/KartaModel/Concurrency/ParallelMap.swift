import Foundation

extension Array where Element: Sendable {
    /// `map` on every core; each result lands in its element's slot, so the order never depends on timing.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: elements.count) { slots.set($0, transform(elements[$0])) }
        return slots.values
    }
}

/// Fixed slots that parallel workers fill by index.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
