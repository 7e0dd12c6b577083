/// Renders a compiled program into one byte buffer: the context stack of values, the blocks a child
/// template overrides, and the indentation of standalone partials, as swift-mustache does.
///
/// It walks the program's steps and text through pointers taken once per page (`TemplateLibrary.render`),
/// so a step costs no retain.
struct TemplateRenderer {
    let program: TemplateProgram
    let steps: UnsafeBufferPointer<TemplateStep>
    let text: UnsafeBufferPointer<UInt8>
    let simpleNames: UnsafeBufferPointer<SimpleName>
    var output: [UInt8] = []
    var stack: [TemplateValue]
    /// By name (`program.names`), the position of the field it was last found at: a list's rows are objects of
    /// one shape, so each tag finds its field at the first try instead of searching the object's fields.
    var hints: [Int]

    /// What a template renders with, besides the stack.
    struct Scope {
        var escaping = TemplateEscaping.html
        var indentation: [UInt8]?
        /// Outermost first: the first that names a block wins.
        var overrides: [TemplateOverride] = []
    }

    init(
        program: TemplateProgram, steps: UnsafeBufferPointer<TemplateStep>, text: UnsafeBufferPointer<UInt8>,
        simpleNames: UnsafeBufferPointer<SimpleName>, root: TemplateValue
    ) {
        self.program = program
        self.steps = steps
        self.text = text
        self.simpleNames = simpleNames
        stack = [root]
        hints = Array(repeating: 0, count: program.names.count)
        output.reserveCapacity(32 * 1024)
    }

    /// Renders `range` in `scope`, which it leaves as it found it. In place, not a copy: a copy of the scope
    /// was a retain and a release of its arrays for every row of every list.
    mutating func render(_ range: Range<Int>, _ scope: inout Scope) {
        // Only the escaping rule changes while a range renders; a partial or a block renders in a scope of its own.
        let escaping = scope.escaping
        defer { scope.escaping = escaping }
        guard scope.indentation?.isEmpty == false, let indentation = scope.indentation else {
            for index in range { render(step: index, &scope) }
            return
        }
        // swift-mustache indents a partial's output before each instruction that writes something
        // when the partial's own output so far ends with a line break.
        let start = output.count
        for index in range {
            let before = output.count
            render(step: index, &scope)
            if output.count > before, before > start, output[before - 1] == UInt8(ascii: "\n"),
               before - 2 < start || output[before - 2] != UInt8(ascii: "\r") {
                output.insert(contentsOf: indentation, at: before)
            }
        }
    }

    private mutating func render(step index: Int, _ scope: inout Scope) {
        let step = steps[index]
        switch step.kind {
        case .text:
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[step.a..<step.b]))
        case .variable, .escapedVariable:
            guard let value = lookUp(step.a) else { return }
            write(value, escaping: step.kind == .escapedVariable ? scope.escaping : .none)
        case .section:
            let body = step.b..<step.c
            switch lookUp(step.a) {
            case nil: break
            case .bool(let isOn): if isOn { render(body, &scope) }
            case .list(let items):
                for item in items { renderPushing(item, body, &scope) }
            case .lazyList(let list):
                for index in 0..<list.count { renderPushing(list.element(index), body, &scope) }
            case let value?:
                renderPushing(value, body, &scope)
            }
        case .invertedSection:
            let body = step.b..<step.c
            switch lookUp(step.a) {
            case nil: render(body, &scope)
            case .bool(let isOn): if !isOn { render(body, &scope) }
            case .list(let items): if items.isEmpty { renderPushing(.list(items), body, &scope) }
            case .lazyList(let list): if list.count == 0 { renderPushing(.lazyList(list), body, &scope) }
            case .some: break
            }
        case .partial:
            guard step.a >= 0 else { return }
            var inner = Scope(escaping: .html, indentation: scope.indentation, overrides: scope.overrides)
            if step.b >= 0 { inner.indentation = (scope.indentation ?? []) + program.indentations[step.b] }
            // Blocks overridden further out win over those of this parent: they come first.
            if step.c >= 0 { inner.overrides = scope.overrides + program.overrideSets[step.c] }
            render(program.templates[step.a], &inner)
        case .block:
            var inner = scope
            if step.d >= 0 { inner.indentation = (scope.indentation ?? []) + program.indentations[step.d] }
            let override = scope.overrides.first { $0.block == step.a }
            render(override.map { $0.start..<$0.end } ?? step.b..<step.c, &inner)
        case .escapeHTML:
            scope.escaping = .html
        case .escapeNothing:
            scope.escaping = .none
        case .nothing:
            break
        }
    }

    private mutating func renderPushing(_ value: TemplateValue, _ body: Range<Int>, _ scope: inout Scope) {
        stack.append(value)
        render(body, &scope)
        stack.removeLast()
    }

    /// `.` is the current value; `a.b` finds `a` in the nearest value of the stack that has it, then
    /// reads `b` from it (and nothing further down); `.a` reads the current value only.
    mutating func lookUp(_ nameIndex: Int) -> TemplateValue? {
        if let part = simpleNames[nameIndex].part { return nearest(part, nameIndex) }
        let name = program.names[nameIndex]
        var found: TemplateValue?
        if name.path.isEmpty {
            found = stack.last
        } else if name.isAnchored {
            found = stack.last.flatMap { follow(name.path[...], from: $0) }
        } else {
            found = nearest(name.path[0], nameIndex).flatMap { name.path.count == 1 ? $0 : follow(name.path.dropFirst(), from: $0) }
        }
        guard var value = found else { return nil }
        for transform in name.transforms.reversed() {
            guard let transformed = transform.apply(to: value) else { return nil }
            value = transformed
        }
        return value
    }

    /// The field `part` of the nearest value of the stack that has it, tried at the position the name
    /// (`nameIndex`) was last found at. By index, not `stack.reversed()`: each value copied out of the stack
    /// was a retain and a release, for every tag of every page.
    private mutating func nearest(_ part: String, _ nameIndex: Int) -> TemplateValue? {
        var level = stack.count - 1
        while level >= 0 {
            if let child = stack[level].field(part, hint: &hints[nameIndex]) { return child }
            level -= 1
        }
        return nil
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
