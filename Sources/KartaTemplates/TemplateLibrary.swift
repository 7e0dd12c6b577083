import Foundation

/// Templates compiled once at load, by name (`partials/link`), rendered into bytes.
public struct TemplateLibrary: Sendable {
    private var templates: [String: [TemplateInstruction]] = [:]
    /// The templates flattened for rendering, made at the first render after the last `add`.
    private var program = ProgramOnce()

    public init() {}

    /// Compiles `text`; a syntax error names the line and column in it.
    public mutating func add(_ text: String, named name: String) throws(TemplateSyntaxError) {
        templates[name] = try TemplateParser.compile(text)
        program = ProgramOnce()
    }

    public func has(_ name: String) -> Bool { templates[name] != nil }

    public var names: [String] { templates.keys.sorted() }

    /// The partials and parents each template names that are not in the library, by template.
    public var missingPartials: [(template: String, partial: String)] {
        var missing: [(template: String, partial: String)] = []
        for name in names {
            for partial in Self.partials(in: templates[name] ?? []) where templates[partial] == nil {
                missing.append((name, partial))
            }
        }
        return missing
    }

    private static func partials(in instructions: [TemplateInstruction]) -> [String] {
        instructions.flatMap { instruction -> [String] in
            switch instruction {
            case .partial(let name, _, let overrides): [name] + (overrides ?? [:]).sorted { $0.key < $1.key }.flatMap { partials(in: $0.value) }
            case .section(_, let body), .invertedSection(_, let body), .block(_, let body, _), .blockDefinition(_, let body): partials(in: body)
            case .text, .variable, .escaping: []
            }
        }
    }

    /// The page's bytes; `nil` when there is no such template.
    public func render(_ value: TemplateValue, template name: String) -> [UInt8]? {
        let program = self.program.program(of: templates)
        guard let index = program.templateIndex[name] else { return nil }
        return program.steps.withUnsafeBufferPointer { steps in
            program.text.withUnsafeBufferPointer { text in
                program.simpleNames.withUnsafeBufferPointer { simpleNames in
                    var renderer = TemplateRenderer(program: program, steps: steps, text: text, simpleNames: simpleNames, root: value)
                    var scope = TemplateRenderer.Scope()
                    renderer.render(program.templates[index], &scope)
                    return renderer.output
                }
            }
        }
    }

    public func render<View: Encodable>(_ view: View, template name: String) -> [UInt8]? {
        render(TemplateEncoder.value(of: view), template: name)
    }
}

/// A library's `TemplateProgram`, made once by whichever worker renders first.
private final class ProgramOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var made: TemplateProgram?

    func program(of templates: [String: [TemplateInstruction]]) -> TemplateProgram {
        lock.withLock {
            if let made { return made }
            let program = TemplateProgram(templates)
            made = program
            return program
        }
    }
}
