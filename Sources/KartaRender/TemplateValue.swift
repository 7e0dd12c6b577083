import Mustache

/// A view model read once for the templates: every stored field of every struct, optionals unwrapped
/// (a `nil` field is left out, so the lookup goes on to the enclosing context, as Mustache does).
///
/// swift-mustache looks a name up by building a `Mirror` of the object and scanning all its fields,
/// at each level of the context stack, every time a tag is rendered; on a roadmap page that is most
/// of the build. Reading each value once makes every lookup a dictionary access, with the same result.
struct TemplateValue: MustacheParent {
    let fields: [String: Any]

    func child(named name: String) -> Any? { fields[name] }

    /// Turns one page's view into template values, remembering what kind of value each type is.
    final class Reader {
        private enum Kind {
            /// Strings, numbers, Booleans, enums: given to the templates as they are.
            case leaf, optional, structure, collection
        }

        private var kinds: [ObjectIdentifier: Kind] = [:]

        /// `value` with structs turned into `TemplateValue`s and arrays into arrays of them; `nil` for
        /// an empty optional.
        func wrap(_ value: Any) -> Any? {
            let type = ObjectIdentifier(Swift.type(of: value))
            if kinds[type] == .leaf { return value }
            let mirror = Mirror(reflecting: value)
            let kind: Kind
            if let known = kinds[type] {
                kind = known
            } else {
                kind = switch mirror.displayStyle {
                case .optional: .optional
                case .struct: .structure
                case .collection: .collection
                default: .leaf
                }
                kinds[type] = kind
            }
            switch kind {
            case .leaf:
                return value
            case .optional:
                return mirror.children.first.flatMap { wrap($0.value) }
            case .structure:
                var fields: [String: Any] = [:]
                for child in mirror.children {
                    guard let label = child.label, let wrapped = wrap(child.value) else { continue }
                    fields[label] = wrapped
                }
                return TemplateValue(fields: fields)
            case .collection:
                return mirror.children.compactMap { wrap($0.value) }
            }
        }
    }
}
