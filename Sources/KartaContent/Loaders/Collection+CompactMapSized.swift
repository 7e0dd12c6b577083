extension Collection {
    /// `compactMap` into an array given room for every element at once. The model keeps these arrays for
    /// the whole build; grown by doubling, one holds up to twice the room its items need (at region scale,
    /// the roadmaps' items took 57 MB at the load's peak, half of it empty).
    func compactMapSized<Element>(_ transform: (Self.Element) throws -> Element?) rethrows -> [Element] {
        var result: [Element] = []
        result.reserveCapacity(count)
        for element in self {
            if let transformed = try transform(element) { result.append(transformed) }
        }
        return result
    }
}
