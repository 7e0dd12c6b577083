/// A name in a tag, read once at load: `.` (the current value), `a.b.c` (looked up the context
/// stack by its first part), `.a` (the current value only), and the functions around it (`empty(x)`).
///
/// A class: a template's instructions are copied as the renderer walks them, and a reference is one
/// retain where a struct's two arrays were two.
final class TemplateName: Sendable {
    /// Empty for `.`.
    let path: [String]
    /// A leading dot: the first part is read from the current value only, not the stack.
    let isAnchored: Bool
    /// Applied innermost first.
    let transforms: [TemplateTransform]

    init(_ text: String, transforms: [TemplateTransform]) {
        isAnchored = text.first == "." && text != "."
        path = text == "." ? [] : text.split(separator: ".").map(String.init)
        self.transforms = transforms
    }
}
