/// The fields of one view, in declaration order. A field that is `nil` in the view is absent, so a
/// lookup goes on to the enclosing context, as Mustache does.
///
/// Views have a handful to a few dozen fields: a linear search over short names is faster than
/// hashing them, and building the object costs two appends per field.
public struct TemplateObject: Sendable {
    var names: [String] = []
    var values: [TemplateValue] = []

    public init() {}

    public mutating func append(_ name: String, _ value: TemplateValue) {
        names.append(name)
        values.append(value)
    }

    func field(_ name: String) -> TemplateValue? {
        for index in names.indices where names[index] == name {
            return values[index]
        }
        return nil
    }
}
