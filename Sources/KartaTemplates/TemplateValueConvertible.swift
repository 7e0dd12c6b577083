/// A view that makes its own template value, field by field, instead of going through `TemplateEncoder`.
///
/// The views a region prints hundreds of thousands of times (an activity's row, its parties, links, cells)
/// conform: through the `Encoder` protocol each cost an encoder, a container box, a generic metadata look-up
/// and a growing field array, which together were a tenth of a region build. The value must be exactly what
/// the synthesised `Encodable` conformance gives (fields in declaration order, a `nil` field left out);
/// `TemplateValueConvertibleTests` holds each conforming view to that.
public protocol TemplateValueConvertible: Encodable {
    var templateValue: TemplateValue { get }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    // A closure, not `\.templateValue`: a key path in this generic context is made anew, through the
    // runtime's demangler, on every call.
    public var templateValue: TemplateValue { .list(map { $0.templateValue }) }
}

extension String: TemplateValueConvertible {
    public var templateValue: TemplateValue { .string(self) }
}
