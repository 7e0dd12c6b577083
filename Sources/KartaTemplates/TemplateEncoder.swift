/// Turns a view into a `TemplateValue` through its `Encodable` conformance.
///
/// The conformance is synthesised by the compiler, so each view's fields are read by generated code:
/// no `Mirror` (which cost a fifth of a build) and no casts from `Any`; views printed many times on a page
/// make their value themselves (`TemplateValueConvertible`, one cast per value to find them). A field that is `nil` is
/// left out (`encodeIfPresent`), which is what Mustache's context lookup expects.
public enum TemplateEncoder {
    public static func value<View: Encodable>(of view: View) -> TemplateValue {
        if let view = view as? any TemplateValueConvertible { return view.templateValue }
        return encoded(view)
    }

    /// The value the synthesised conformance gives, even for a `TemplateValueConvertible` view (for tests).
    static func encoded<View: Encodable>(_ view: View) -> TemplateValue {
        let encoding = TemplateEncoding()
        // The containers below never throw; a view whose own `encode(to:)` throws renders as empty.
        do { try view.encode(to: encoding) } catch { return .object(TemplateObject()) }
        return encoding.value
    }
}

/// The encoder one value is written into. It is its own object or list container's storage, so a view
/// costs this encoder, the container box the `Encoder` protocol makes and one array of fields.
final class TemplateEncoding: Encoder {
    enum Storage {
        case empty
        case value(TemplateValue)
        case object
        case list
    }

    var storage = Storage.empty
    var object = TemplateObject()
    var items: [TemplateValue] = []
    /// Nested containers (never made by synthesised conformances) are filled after they are handed
    /// out, so they are kept as encoders and read when the value is taken.
    var nested: [(index: Int, encoding: TemplateEncoding)] = []

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var value: TemplateValue {
        switch storage {
        case .empty: return .object(TemplateObject())
        case .value(let value): return value
        case .object:
            var object = object
            for (index, encoding) in nested { object.fields[index].value = encoding.value }
            return .object(object)
        case .list:
            var items = items
            for (index, encoding) in nested { items[index] = encoding.value }
            return .list(items)
        }
    }

    func nestField(_ name: String) -> TemplateEncoding {
        let encoding = TemplateEncoding()
        nested.append((object.fields.count, encoding))
        object.append(name, .bool(false))
        return encoding
    }

    func nestItem() -> TemplateEncoding {
        let encoding = TemplateEncoding()
        nested.append((items.count, encoding))
        items.append(.bool(false))
        return encoding
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        storage = .object
        return KeyedEncodingContainer(ObjectContainer<Key>(encoding: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        storage = .list
        return ListContainer(encoding: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleValueContainer(encoding: self) }
}
