import Foundation

extension Array where Element: Sendable {
    /// `map` on every core; each result lands in its element's slot, so the order never depends on timing.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        parallelMap(startingWith: [], transform)
    }

    /// `parallelMap`, with the elements at `first` (distinct positions) started before the rest. Workers
    /// take elements in order, so a long element at the end of the list runs alone while the other cores
    /// wait: a caller that knows which elements are long names them here. Results stay in the list's order.
    public func parallelMap<Result: Sendable>(startingWith first: [Int], _ transform: @Sendable (Element) -> Result) -> [Result] {
        let leading = Set(first)
        let order: [Int]? = first.isEmpty ? nil : first + indices.filter { !leading.contains($0) }
        let slots = Slots<Result>(count: count)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: elements.count) { step in
            let index = order?[step] ?? step
            slots.set(index, transform(elements[index]))
        }
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
