extension TemplateEncoding {
    /// Integers wider than `Int` or unsigned ones that do not fit are given as their digits.
    static func integer<Integer: BinaryInteger>(_ value: Integer) -> TemplateValue {
        Int(exactly: value).map(TemplateValue.int) ?? .string(String(value))
    }

    struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoding: TemplateEncoding
        var codingPath: [any CodingKey] { [] }

        mutating func add(_ key: Key, _ value: TemplateValue) { encoding.object.append(key.stringValue, value) }

        mutating func encodeNil(forKey key: Key) {}
        mutating func encode(_ value: Bool, forKey key: Key) { add(key, .bool(value)) }
        mutating func encode(_ value: String, forKey key: Key) { add(key, .string(value)) }
        mutating func encode(_ value: Double, forKey key: Key) { add(key, .string(String(describing: value))) }
        mutating func encode(_ value: Float, forKey key: Key) { add(key, .string(String(describing: value))) }
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
        mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) { add(key, TemplateEncoder.value(of: value)) }

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
        let encoding: TemplateEncoding
        var codingPath: [any CodingKey] { [] }
        var count: Int { encoding.items.count }

        mutating func encodeNil() {}
        mutating func encode(_ value: Bool) { encoding.items.append(.bool(value)) }
        mutating func encode(_ value: String) { encoding.items.append(.string(value)) }
        mutating func encode(_ value: Double) { encoding.items.append(.string(String(describing: value))) }
        mutating func encode(_ value: Float) { encoding.items.append(.string(String(describing: value))) }
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
        mutating func encode<Value: Encodable>(_ value: Value) { encoding.items.append(TemplateEncoder.value(of: value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            encoding.nestItem().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { encoding.nestItem().unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { encoding.nestItem() }
    }

    struct SingleValueContainer: SingleValueEncodingContainer {
        let encoding: TemplateEncoding
        var codingPath: [any CodingKey] { [] }

        func set(_ value: TemplateValue) { encoding.storage = .value(value) }

        mutating func encodeNil() {}
        mutating func encode(_ value: Bool) { set(.bool(value)) }
        mutating func encode(_ value: String) { set(.string(value)) }
        mutating func encode(_ value: Double) { set(.string(String(describing: value))) }
        mutating func encode(_ value: Float) { set(.string(String(describing: value))) }
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
        mutating func encode<Value: Encodable>(_ value: Value) { set(TemplateEncoder.value(of: value)) }
    }
}
