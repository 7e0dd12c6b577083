/// One step of a compiled template. Text is kept as UTF-8 bytes, ready to append to a page.
indirect enum TemplateInstruction: Sendable {
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`: once per item of a list, once with an object pushed, once for `true`.
    case section(TemplateName, [TemplateInstruction])
    /// `{{^name}}…{{/name}}`: when the value is missing, `false` or an empty list.
    case invertedSection(TemplateName, [TemplateInstruction])
    /// `{{>name}}`, and `{{<name}}…{{/name}}` with the blocks it overrides.
    case partial(String, indentation: [UInt8]?, overrides: [String: [TemplateInstruction]]?)
    /// `{{$name}}default{{/name}}` in a template that others inherit from.
    case block(String, default: [TemplateInstruction], indentation: [UInt8]?)
    /// `{{$name}}…{{/name}}` directly inside `{{<parent}}`: only read while parsing.
    case blockDefinition(String, [TemplateInstruction])
    /// `{{% CONTENT_TYPE: … }}`: how the rest of this template escapes.
    case escaping(TemplateEscaping)
}

/// How `{{name}}` writes text.
public enum TemplateEscaping: Sendable {
    /// `<`, `>`, `&`, `"` and `'` replaced, as swift-mustache's HTML content type does.
    case html
    /// As it is.
    case none
}
