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

    /// Names are unique in an object (the renderer's hints rely on it): views write each field once.
    public mutating func append(_ name: String, _ value: TemplateValue) {
        assert(!fields.contains { $0.name == name }, "field \(name) written twice")
        fields.append(Field(name: name, value: value))
    }

    func field(_ name: String) -> TemplateValue? {
        var hint = 0
        return field(name, hint: &hint)
    }

    /// The field named `name`, trying the position `hint` first (the renderer's, by tag) and leaving there
    /// the position it was found at. Lengths are compared first: most names passed over differ in length, and
    /// comparing two strings that differ went through the standard library's general comparison.
    func field(_ name: String, hint: inout Int) -> TemplateValue? {
        if hint < fields.count, fields[hint].name == name { return fields[hint].value }
        let length = name.utf8.count
        for index in fields.indices where fields[index].name.utf8.count == length && fields[index].name == name {
            hint = index
            return fields[index].value
        }
        return nil
    }
}
