/// A list of views made one at a time, when a template reaches each: a roadmap of 200,000 items
/// renders its rows without ever holding all of their views, or their template values, at once.
///
/// To code it is an ordinary collection (each access makes the element again); to `TemplateEncoder`
/// it becomes a `TemplateValue.lazyList`; to any other encoder an array.
public struct TemplateList<Element: Encodable>: RandomAccessCollection, Sendable, Encodable {
    private let make: @Sendable (Int) -> Element
    public let endIndex: Int
    public var startIndex: Int { 0 }

    public init(count: Int, make: @escaping @Sendable (Int) -> Element) {
        endIndex = count
        self.make = make
    }

    public init(_ elements: [Element]) where Element: Sendable {
        self.init(count: elements.count) { elements[$0] }
    }

    public subscript(position: Int) -> Element { make(position) }

    public func encode(to encoder: any Encoder) throws {
        if let encoding = encoder as? TemplateEncoding {
            let make = make
            encoding.storage = .value(.lazyList(TemplateLazyList(count: endIndex) { TemplateEncoder.value(of: make($0)) }))
            return
        }
        var container = encoder.unkeyedContainer()
        for element in self { try container.encode(element) }
    }
}

/// The template value of a `TemplateList`: its length, and how to make the value at a position.
public struct TemplateLazyList: Sendable {
    public let count: Int
    let element: @Sendable (Int) -> TemplateValue

    /// Every value, made now: for the rare transform that needs them all (`reversed`).
    var values: [TemplateValue] { (0..<count).map(element) }
}
