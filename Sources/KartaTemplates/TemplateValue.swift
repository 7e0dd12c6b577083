/// What a template sees of a view: text, a number, a flag, a list or an object with named fields.
///
/// Views become values through their synthesised `Encodable` conformance (`TemplateEncoder`), so
/// the compiler writes the accessors and nothing is read by reflection or cast from `Any`.
public enum TemplateValue: Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case list([TemplateValue])
    /// A list whose values are made as the renderer reaches them (`TemplateList`).
    case lazyList(TemplateLazyList)
    case object(TemplateObject)

    /// The named field of an object; other values have no fields.
    func field(_ name: String) -> TemplateValue? {
        guard case .object(let object) = self else { return nil }
        return object.field(name)
    }

    /// The same, trying the field at `hint` first, and leaving there where the field was found.
    func field(_ name: String, hint: inout Int) -> TemplateValue? {
        guard case .object(let object) = self else { return nil }
        return object.field(name, hint: &hint)
    }
}
