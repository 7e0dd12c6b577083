/// Turns a view into a `TemplateValue` through its `Encodable` conformance.
///
/// The conformance is synthesised by the compiler, so each view's fields are read by generated code:
/// no `Mirror` (which cost a fifth of a build) and no casts from `Any`. A field that is `nil` is
/// left out (`encodeIfPresent`), which is what Mustache's context lookup expects.
public enum TemplateEncoder {
    public static func value<View: Encodable>(of view: View) -> TemplateValue {
        let encoding = TemplateEncoding()
        // The containers below never throw; a view whose own `encode(to:)` throws renders as empty.
        do { try view.encode(to: encoding) } catch { return .object(TemplateObject()) }
        return encoding.value
    }
}

/// The encoder one value is written into.
final class TemplateEncoding: Encoder {
    enum Storage {
        case empty
        case value(TemplateValue)
        case object(ObjectBox)
        case list(ListBox)
    }

    /// Nested containers (never made by synthesised conformances) are filled after they are handed
    /// out, so they are kept as encoders and read when the value is taken.
    final class ObjectBox {
        var object = TemplateObject()
        var nested: [(index: Int, encoding: TemplateEncoding)] = []

        var resolved: TemplateObject {
            var object = object
            for (index, encoding) in nested { object.values[index] = encoding.value }
            return object
        }

        func nest(_ name: String) -> TemplateEncoding {
            let encoding = TemplateEncoding()
            nested.append((object.values.count, encoding))
            object.append(name, .bool(false))
            return encoding
        }
    }

    final class ListBox {
        var items: [TemplateValue] = []
        var nested: [(index: Int, encoding: TemplateEncoding)] = []

        var resolved: [TemplateValue] {
            var items = items
            for (index, encoding) in nested { items[index] = encoding.value }
            return items
        }

        func nest() -> TemplateEncoding {
            let encoding = TemplateEncoding()
            nested.append((items.count, encoding))
            items.append(.bool(false))
            return encoding
        }
    }

    var storage = Storage.empty
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var value: TemplateValue {
        switch storage {
        case .empty: .object(TemplateObject())
        case .value(let value): value
        case .object(let box): .object(box.resolved)
        case .list(let box): .list(box.resolved)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let box) = storage { return KeyedEncodingContainer(ObjectContainer<Key>(box: box)) }
        let box = ObjectBox()
        storage = .object(box)
        return KeyedEncodingContainer(ObjectContainer<Key>(box: box))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .list(let box) = storage { return ListContainer(box: box) }
        let box = ListBox()
        storage = .list(box)
        return ListContainer(box: box)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleValueContainer(encoding: self) }
}
