import Foundation

/// The `Encoder` behind `SortedJSONEncoder`: one value written into a `JSONNode`, as `TemplateEncoding`
/// does for templates. Nested containers are filled after they are handed out, so they are kept as
/// encoders and read when the node is taken.
final class JSONTreeEncoding: Encoder {
    enum Storage {
        case empty
        case value(JSONNode)
        case object
        case list
    }

    var storage = Storage.empty
    var fields: [JSONNode.Field] = []
    var items: [JSONNode] = []
    var nested: [(index: Int, encoding: JSONTreeEncoding)] = []

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func node<Value: Encodable>(of value: Value) throws -> JSONNode {
        // Foundation writes these through their own strategies, not their `Encodable` conformance.
        if Value.self == Date.self || Value.self == URL.self || Value.self == Data.self || Value.self == Decimal.self
            || Value.self == Double.self || Value.self == Float.self {
            throw SortedJSONEncoder.Unsupported()
        }
        let encoding = JSONTreeEncoding()
        try value.encode(to: encoding)
        return try encoding.node()
    }

    func node() throws -> JSONNode {
        switch storage {
        case .empty: return .object([])
        case .value(let node): return node
        case .object:
            var fields = fields
            for (index, encoding) in nested { fields[index].value = try encoding.node() }
            return .object(fields)
        case .list:
            var items = items
            for (index, encoding) in nested { items[index] = try encoding.node() }
            return .array(items)
        }
    }

    func nestField(_ key: String) -> JSONTreeEncoding {
        let encoding = JSONTreeEncoding()
        nested.append((fields.count, encoding))
        fields.append(JSONNode.Field(key: key, value: .null))
        return encoding
    }

    func nestItem() -> JSONTreeEncoding {
        let encoding = JSONTreeEncoding()
        nested.append((items.count, encoding))
        items.append(.null)
        return encoding
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = storage {} else { storage = .object }
        return KeyedEncodingContainer(ObjectContainer<Key>(encoding: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .list = storage {} else { storage = .list }
        return ListContainer(encoding: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleValueContainer(encoding: self) }

    static func integer<Integer: BinaryInteger>(_ value: Integer) -> JSONNode {
        Int(exactly: value).map(JSONNode.int) ?? .digits(String(value))
    }

    struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoding: JSONTreeEncoding
        var codingPath: [any CodingKey] { [] }

        func add(_ key: Key, _ node: JSONNode) { encoding.fields.append(JSONNode.Field(key: key.stringValue, value: node)) }

        mutating func encodeNil(forKey key: Key) { add(key, .null) }
        mutating func encode(_ value: Bool, forKey key: Key) { add(key, .bool(value)) }
        mutating func encode(_ value: String, forKey key: Key) { add(key, .string(value)) }
        mutating func encode(_ value: Double, forKey key: Key) throws { throw SortedJSONEncoder.Unsupported() }
        mutating func encode(_ value: Float, forKey key: Key) throws { throw SortedJSONEncoder.Unsupported() }
        mutating func encode(_ value: Int, forKey key: Key) { add(key, .int(value)) }
        mutating func encode(_ value: Int8, forKey key: Key) { add(key, integer(value)) }
        mutating func encode(_ value: Int16, forKey key: Key) { add(key, integer(value)) }
        mutating func encode(_ value: Int32, forKey key: Key) { add(key, integer(value)) }
        mutating func encode(_ value: Int64, forKey key: Key) { add(key, integer(value)) }
        mutating func encode(_ value: UInt, forKey key: Key) { add(key, integer(value)) }
        mutating func encode(_ value: UInt8, forKey key: Key) { add(key, integer(value)) }
        mutating func encode(_ value: UInt16, forKey key: Key) { add(key, integer(value)) }
        mutating func encode(_ value: UInt32, forKey key: Key) { add(key, integer(value)) }
        mutating func encode(_ value: UInt64, forKey key: Key) { add(key, integer(value)) }
        mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws { add(key, try node(of: value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            encoding.nestField(key.stringValue).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            encoding.nestField(key.stringValue).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { encoding.nestField("super") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoding.nestField(key.stringValue) }
    }

    struct ListContainer: UnkeyedEncodingContainer {
        let encoding: JSONTreeEncoding
        var codingPath: [any CodingKey] { [] }
        var count: Int { encoding.items.count }

        mutating func encodeNil() { encoding.items.append(.null) }
        mutating func encode(_ value: Bool) { encoding.items.append(.bool(value)) }
        mutating func encode(_ value: String) { encoding.items.append(.string(value)) }
        mutating func encode(_ value: Double) throws { throw SortedJSONEncoder.Unsupported() }
        mutating func encode(_ value: Float) throws { throw SortedJSONEncoder.Unsupported() }
        mutating func encode(_ value: Int) { encoding.items.append(.int(value)) }
        mutating func encode(_ value: Int8) { encoding.items.append(integer(value)) }
        mutating func encode(_ value: Int16) { encoding.items.append(integer(value)) }
        mutating func encode(_ value: Int32) { encoding.items.append(integer(value)) }
        mutating func encode(_ value: Int64) { encoding.items.append(integer(value)) }
        mutating func encode(_ value: UInt) { encoding.items.append(integer(value)) }
        mutating func encode(_ value: UInt8) { encoding.items.append(integer(value)) }
        mutating func encode(_ value: UInt16) { encoding.items.append(integer(value)) }
        mutating func encode(_ value: UInt32) { encoding.items.append(integer(value)) }
        mutating func encode(_ value: UInt64) { encoding.items.append(integer(value)) }
        mutating func encode<Value: Encodable>(_ value: Value) throws { encoding.items.append(try node(of: value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            encoding.nestItem().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { encoding.nestItem().unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { encoding.nestItem() }
    }

    struct SingleValueContainer: SingleValueEncodingContainer {
        let encoding: JSONTreeEncoding
        var codingPath: [any CodingKey] { [] }

        func set(_ node: JSONNode) { encoding.storage = .value(node) }

        mutating func encodeNil() { set(.null) }
        mutating func encode(_ value: Bool) { set(.bool(value)) }
        mutating func encode(_ value: String) { set(.string(value)) }
        mutating func encode(_ value: Double) throws { throw SortedJSONEncoder.Unsupported() }
        mutating func encode(_ value: Float) throws { throw SortedJSONEncoder.Unsupported() }
        mutating func encode(_ value: Int) { set(.int(value)) }
        mutating func encode(_ value: Int8) { set(integer(value)) }
        mutating func encode(_ value: Int16) { set(integer(value)) }
        mutating func encode(_ value: Int32) { set(integer(value)) }
        mutating func encode(_ value: Int64) { set(integer(value)) }
        mutating func encode(_ value: UInt) { set(integer(value)) }
        mutating func encode(_ value: UInt8) { set(integer(value)) }
        mutating func encode(_ value: UInt16) { set(integer(value)) }
        mutating func encode(_ value: UInt32) { set(integer(value)) }
        mutating func encode(_ value: UInt64) { set(integer(value)) }
        mutating func encode<Value: Encodable>(_ value: Value) throws { set(try node(of: value)) }
    }
}
