/// A name in a tag, read once at load: `.` (the current value), `a.b.c` (looked up the context
/// stack by its first part), `.a` (the current value only), and the functions around it (`empty(x)`).
struct TemplateName: Sendable, Equatable {
    /// Empty for `.`.
    var path: [String]
    /// A leading dot: the first part is read from the current value only, not the stack.
    var isAnchored: Bool
    /// Applied innermost first.
    var transforms: [TemplateTransform]

    init(_ text: String, transforms: [TemplateTransform]) {
        isAnchored = text.first == "." && text != "."
        path = text == "." ? [] : text.split(separator: ".").map(String.init)
        self.transforms = transforms
    }
}
