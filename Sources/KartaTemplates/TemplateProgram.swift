/// Every template of a library flattened into one array of plain steps, which the renderer walks by index.
///
/// Walking `[TemplateInstruction]` copied each instruction and its payload (a retain and a release for
/// its text, its name and its body) at every step of every page: those copies were most of the
/// renderer's time. A `TemplateStep` holds only numbers (ranges into `text` and `steps`, indexes into
/// the tables), so walking it retains nothing.
final class TemplateProgram: Sendable {
    let steps: [TemplateStep]
    /// The literal text of every template, one after another.
    let text: [UInt8]
    let names: [TemplateName]
    /// By name, what most tags need of it, in plain values the renderer reads without retaining a shared
    /// `TemplateName`: both workers retaining the same names made the line holding each one's count bounce
    /// between the cores, and reading a name's path was most of a lookup.
    let simpleNames: [SimpleName]
    let indentations: [[UInt8]]
    /// The blocks a `{{<parent}}` overrides, by set.
    let overrideSets: [[TemplateOverride]]
    /// Each template's steps, by the index `templateIndex` gives its name.
    let templates: [Range<Int>]
    let templateIndex: [String: Int]

    init(_ library: [String: [TemplateInstruction]]) {
        var builder = Builder()
        let names = library.keys.sorted()
        for (index, name) in names.enumerated() { builder.templateIndex[name] = index }
        templates = names.map { builder.emit(library[$0] ?? []) }
        steps = builder.steps
        text = builder.text
        self.names = builder.names
        simpleNames = builder.names.map(SimpleName.init)
        indentations = builder.indentations
        overrideSets = builder.overrideSets
        templateIndex = builder.templateIndex
    }

    private struct Builder {
        var steps: [TemplateStep] = []
        var text: [UInt8] = []
        var names: [TemplateName] = []
        var indentations: [[UInt8]] = []
        var overrideSets: [[TemplateOverride]] = []
        var templateIndex: [String: Int] = [:]
        var blockNames: [String: Int] = [:]

        /// The list's steps, consecutive; the bodies they open come after them.
        mutating func emit(_ list: [TemplateInstruction]) -> Range<Int> {
            let start = steps.count
            steps.append(contentsOf: repeatElement(TemplateStep(.nothing), count: list.count))
            for (offset, instruction) in list.enumerated() {
                steps[start + offset] = step(for: instruction)
            }
            return start..<(start + list.count)
        }

        mutating func step(for instruction: TemplateInstruction) -> TemplateStep {
            switch instruction {
            case .text(let bytes):
                let start = text.count
                text.append(contentsOf: bytes)
                return TemplateStep(.text, start, text.count)
            case .variable(let name, let escaped):
                return TemplateStep(escaped ? .escapedVariable : .variable, add(name))
            case .section(let name, let body):
                let nameIndex = add(name)
                let range = emit(body)
                return TemplateStep(.section, nameIndex, range.lowerBound, range.upperBound)
            case .invertedSection(let name, let body):
                let nameIndex = add(name)
                let range = emit(body)
                return TemplateStep(.invertedSection, nameIndex, range.lowerBound, range.upperBound)
            case .partial(let name, let indentation, let overrides):
                var set = -1
                if let overrides {
                    // Sorted, so the program is the same whatever the dictionary's order; names are unique.
                    let entries = overrides.sorted { $0.key < $1.key }.map { block, body in
                        let range = emit(body)
                        return TemplateOverride(block: blockIndex(block), start: range.lowerBound, end: range.upperBound)
                    }
                    overrideSets.append(entries)
                    set = overrideSets.count - 1
                }
                return TemplateStep(.partial, templateIndex[name] ?? -1, add(indentation), set)
            case .block(let name, let body, let indentation):
                let range = emit(body)
                return TemplateStep(.block, blockIndex(name), range.lowerBound, range.upperBound, add(indentation))
            case .blockDefinition:
                return TemplateStep(.nothing)
            case .escaping(let escaping):
                return TemplateStep(escaping == .html ? .escapeHTML : .escapeNothing)
            }
        }

        mutating func add(_ name: TemplateName) -> Int {
            names.append(name)
            return names.count - 1
        }

        /// -1 for none.
        mutating func add(_ indentation: [UInt8]?) -> Int {
            guard let indentation else { return -1 }
            indentations.append(indentation)
            return indentations.count - 1
        }

        mutating func blockIndex(_ name: String) -> Int {
            if let index = blockNames[name] { return index }
            blockNames[name] = blockNames.count
            return blockNames.count - 1
        }
    }
}

/// One step of a `TemplateProgram`: what to do and up to four numbers, whose meaning the kind gives.
struct TemplateStep: Sendable {
    enum Kind: UInt8, Sendable {
        /// `text[a..<b]`.
        case text
        /// `names[a]`, as it is, or escaped by the scope's rule.
        case variable, escapedVariable
        /// `names[a]`, body `steps[b..<c]`.
        case section, invertedSection
        /// Template `a` (-1: missing), indentation `b` (-1: none), override set `c` (-1: none).
        case partial
        /// Block `a`, default body `steps[b..<c]`, indentation `d` (-1: none).
        case block
        case escapeHTML, escapeNothing
        /// A `{{$block}}` definition, read only while compiling.
        case nothing
    }

    var kind: Kind
    var a: Int
    var b: Int
    var c: Int
    var d: Int

    init(_ kind: Kind, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0, _ d: Int = 0) {
        self.kind = kind
        self.a = a
        self.b = b
        self.c = c
        self.d = d
    }
}

/// A block a parent's caller overrides: its name's index and the steps that replace its default.
struct TemplateOverride: Sendable {
    var block: Int
    var start: Int
    var end: Int
}
