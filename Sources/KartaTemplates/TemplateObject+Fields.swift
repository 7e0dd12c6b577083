/// Field by field, for the views that make their own value (`TemplateValueConvertible`).
extension TemplateObject {
    /// Room for `capacity` fields, so a view's fields are one allocation.
    public init(capacity: Int) {
        fields.reserveCapacity(capacity)
    }

    /// Adds the field when there is a value: what the synthesised conformance does with an optional.
    public mutating func append(_ name: String, _ value: String?) {
        if let value { append(name, .string(value)) }
    }

    public mutating func append(_ name: String, _ value: String) {
        append(name, .string(value))
    }

    public mutating func append(_ name: String, _ value: Bool) {
        append(name, .bool(value))
    }

    public mutating func append(_ name: String, _ value: Int) {
        append(name, .int(value))
    }

    public mutating func append<Value: TemplateValueConvertible>(_ name: String, _ value: Value?) {
        if let value { append(name, value.templateValue) }
    }
}
