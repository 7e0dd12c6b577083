/// Renders compiled templates into one byte buffer: the context stack of values, the blocks a child
/// template overrides, and the indentation of standalone partials, as swift-mustache does.
struct TemplateRenderer {
    let templates: [String: [TemplateInstruction]]
    var output: [UInt8] = []
    var stack: [TemplateValue]

    /// What a template renders with, besides the stack.
    struct Scope {
        var escaping = TemplateEscaping.html
        var indentation: [UInt8]?
        var overrides: [String: [TemplateInstruction]]?
    }

    init(templates: [String: [TemplateInstruction]], root: TemplateValue) {
        self.templates = templates
        stack = [root]
        output.reserveCapacity(32 * 1024)
    }

    mutating func render(_ instructions: [TemplateInstruction], _ scope: Scope) {
        var scope = scope
        guard let indentation = scope.indentation, !indentation.isEmpty else {
            for instruction in instructions { render(instruction, &scope) }
            return
        }
        // swift-mustache indents a partial's output before each instruction that writes something
        // when the partial's own output so far ends with a line break.
        let start = output.count
        for instruction in instructions {
            let before = output.count
            render(instruction, &scope)
            if output.count > before, before > start, output[before - 1] == UInt8(ascii: "\n"),
               before - 2 < start || output[before - 2] != UInt8(ascii: "\r") {
                output.insert(contentsOf: indentation, at: before)
            }
        }
    }

    private mutating func render(_ instruction: TemplateInstruction, _ scope: inout Scope) {
        switch instruction {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            guard let value = lookUp(name) else { return }
            write(value, escaping: escaped ? scope.escaping : .none)
        case .section(let name, let body):
            switch lookUp(name) {
            case nil: break
            case .bool(let isOn): if isOn { render(body, scope) }
            case .list(let items):
                for item in items { renderPushing(item, body, scope) }
            case .lazyList(let list):
                for index in 0..<list.count { renderPushing(list.element(index), body, scope) }
            case let value?:
                renderPushing(value, body, scope)
            }
        case .invertedSection(let name, let body):
            switch lookUp(name) {
            case nil: render(body, scope)
            case .bool(let isOn): if !isOn { render(body, scope) }
            case .list(let items): if items.isEmpty { renderPushing(.list(items), body, scope) }
            case .lazyList(let list): if list.count == 0 { renderPushing(.lazyList(list), body, scope) }
            case .some: break
            }
        case .partial(let name, let indented, let overrides):
            guard let template = templates[name] else { return }
            var inner = Scope(escaping: .html, indentation: scope.indentation, overrides: scope.overrides)
            if let indented { inner.indentation = (scope.indentation ?? []) + indented }
            if let overrides {
                // Blocks overridden further out win over those of this parent.
                inner.overrides = scope.overrides.map { $0.merging(overrides) { outer, _ in outer } } ?? overrides
            }
            render(template, inner)
        case .block(let name, let defaultBody, let indented):
            var inner = scope
            if let indented { inner.indentation = (scope.indentation ?? []) + indented }
            render(scope.overrides?[name] ?? defaultBody, inner)
        case .blockDefinition:
            break
        case .escaping(let escaping):
            scope.escaping = escaping
        }
    }

    private mutating func renderPushing(_ value: TemplateValue, _ body: [TemplateInstruction], _ scope: Scope) {
        stack.append(value)
        render(body, scope)
        stack.removeLast()
    }

    /// `.` is the current value; `a.b` finds `a` in the nearest value of the stack that has it, then
    /// reads `b` from it (and nothing further down); `.a` reads the current value only.
    func lookUp(_ name: TemplateName) -> TemplateValue? {
        var found: TemplateValue?
        if name.path.isEmpty {
            found = stack.last
        } else if name.isAnchored {
            found = stack.last.flatMap { follow(name.path[...], from: $0) }
        } else {
            let first = name.path[0]
            // By index, not `stack.reversed()`: each value copied out of the stack was a retain and
            // a release, for every tag of every page.
            var level = stack.count - 1
            while level >= 0 {
                if let child = stack[level].field(first) {
                    found = name.path.count == 1 ? child : follow(name.path.dropFirst(), from: child)
                    break
                }
                level -= 1
            }
        }
        guard var value = found else { return nil }
        for transform in name.transforms.reversed() {
            guard let transformed = transform.apply(to: value) else { return nil }
            value = transformed
        }
        return value
    }

    private func follow(_ path: ArraySlice<String>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for part in path {
            guard let child = value.field(part) else { return nil }
            value = child
        }
        return value
    }

    /// Text escaped or not, numbers in digits, flags as `true`/`false`; lists and objects write
    /// nothing (swift-mustache wrote their Swift description).
    private mutating func write(_ value: TemplateValue, escaping: TemplateEscaping) {
        switch value {
        case .string(let text):
            switch escaping {
            case .html: HTMLEscaper.append(text, to: &output)
            case .none: output.append(contentsOf: text.utf8)
            }
        case .int(let number): output.append(contentsOf: String(number).utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list, .lazyList, .object: break
        }
    }
}
