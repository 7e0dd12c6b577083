/// The fields of one view, in declaration order. A field that is `nil` in the view is absent, so a
/// lookup goes on to the enclosing context, as Mustache does.
///
/// Views have a handful to a few dozen fields: a linear search over short names is faster than
/// hashing them, and the fields live in one array, so an object costs one allocation.
public struct TemplateObject: Sendable {
    struct Field: Sendable {
        let name: String
        var value: TemplateValue
    }

    var fields: [Field] = []

    public init() {}

    public mutating func append(_ name: String, _ value: TemplateValue) {
        fields.append(Field(name: name, value: value))
    }

    func field(_ name: String) -> TemplateValue? {
        for index in fields.indices where fields[index].name == name {
            return fields[index].value
        }
        return nil
    }
}
