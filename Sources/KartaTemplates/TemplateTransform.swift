/// The functions a tag may apply to a value, as swift-mustache names them (`{{^empty(items)}}`).
/// Karta's templates use `empty`; the others are there because a department may copy them from
/// swift-mustache's documentation. An unknown name is a syntax error at load, not an empty output.
enum TemplateTransform: String, Sendable, CaseIterable {
    case empty, count, first, last, reversed
    case lowercased, uppercased
    case equalzero, plusone, minusone, even, odd

    /// `nil` when the function does not apply to such a value (the tag then renders as missing).
    func apply(to value: TemplateValue) -> TemplateValue? {
        switch (self, value) {
        case (.empty, .string(let text)): .bool(text.isEmpty)
        case (.empty, .list(let items)): .bool(items.isEmpty)
        case (.count, .list(let items)): .int(items.count)
        case (.first, .list(let items)): items.first
        case (.last, .list(let items)): items.last
        case (.reversed, .list(let items)): .list(items.reversed())
        case (.empty, .lazyList(let list)): .bool(list.count == 0)
        case (.count, .lazyList(let list)): .int(list.count)
        case (.first, .lazyList(let list)): list.count > 0 ? list.element(0) : nil
        case (.last, .lazyList(let list)): list.count > 0 ? list.element(list.count - 1) : nil
        case (.reversed, .lazyList(let list)): .list(list.values.reversed())
        case (.reversed, .string(let text)): .string(String(text.reversed()))
        case (.lowercased, .string(let text)): .string(text.lowercased())
        case (.uppercased, .string(let text)): .string(text.uppercased())
        case (.equalzero, .int(let number)): .bool(number == 0)
        case (.plusone, .int(let number)): .int(number + 1)
        case (.minusone, .int(let number)): .int(number - 1)
        case (.even, .int(let number)): .bool(number & 1 == 0)
        case (.odd, .int(let number)): .bool(number & 1 == 1)
        default: nil
        }
    }
}
