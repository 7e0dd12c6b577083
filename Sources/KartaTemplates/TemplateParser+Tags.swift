extension TemplateParser {
    mutating func parse(_ initial: State) throws(Failure) -> [TemplateInstruction] {
        var instructions: [TemplateInstruction] = []
        var state = initial
        var whiteSpaceBefore: ArraySlice<UInt8> = []
        while !atEnd {
            if state.newLine {
                let whiteSpace = read(while: Self.isBlank)
                // Inside `{{<parent}}`, lines below the first lose the first line's indentation.
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = whiteSpace.dropFirst(indent.count)
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = readUntilDelimiterOrNewline(state)
            let newline = newlineLength(at: position)
            if newline > 0 {
                instructions.append(.text(Array(whiteSpaceBefore) + Array(text) + bytes[position..<position + newline]))
                state.newLine = true
                position += newline
                continue
            }
            if !text.isEmpty {
                instructions.append(.text(Array(whiteSpaceBefore) + Array(text)))
                whiteSpaceBefore = []
                state.newLine = false
            }
            if atEnd { break }
            let tagOffset = position - state.startDelimiter.count
            var setNewLine = false

            /// Blanks before a tag that is not alone on its line are text.
            func keepWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    instructions.append(.text(Array(whiteSpaceBefore)))
                    whiteSpaceBefore = []
                }
            }

            switch current {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = current == UInt8(ascii: "^")
                position += 1
                let (name, transforms) = try parseName(state)
                if isStandalone(state) { setNewLine = true } else { keepWhiteSpace() }
                let body = try parse(state.inSection(name, transforms: transforms, at: tagOffset, newLine: setNewLine))
                let tagName = try templateName(name, transforms: transforms, at: tagOffset)
                instructions.append(inverted ? .invertedSection(tagName, body) : .section(tagName, body))

            case UInt8(ascii: "/"):
                position += 1
                let nameOffset = position
                let (name, transforms) = try parseName(state)
                guard let open = state.sectionName else {
                    throw Failure(message: "'{{/\(name)}}' closes no section", offset: tagOffset)
                }
                guard name == open, transforms == state.sectionTransforms else {
                    throw Failure(message: "'{{/\(name)}}' closes section '\(open)'", offset: nameOffset)
                }
                if !isStandalone(state) { keepWhiteSpace() }
                return instructions

            case UInt8(ascii: "!"):
                position += 1
                try skipComment(state, from: tagOffset)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = current == UInt8(ascii: "{")
                keepWhiteSpace()
                position += 1
                let (name, transforms) = try parseName(state)
                if triple, !read([UInt8(ascii: "}")]) {
                    throw Failure(message: "'{{{' closed without a third '}'", offset: position)
                }
                instructions.append(.variable(try templateName(name, transforms: transforms, at: tagOffset), escaped: false))

            case UInt8(ascii: ">"):
                position += 1
                read(while: Self.isWhitespace)
                if current == UInt8(ascii: "*") {
                    throw Failure(message: "dynamic partials ('{{>*name}}') are not supported", offset: tagOffset)
                }
                let name = try parsePartialName(state)
                if !whiteSpaceBefore.isEmpty { instructions.append(.text(Array(whiteSpaceBefore))) }
                let standalone = isStandalone(state)
                setNewLine = standalone
                instructions.append(.partial(name, indentation: standalone ? Array(whiteSpaceBefore) : nil, overrides: nil))
                whiteSpaceBefore = []

            case UInt8(ascii: "<"):
                position += 1
                read(while: Self.isWhitespace)
                let name = try parsePartialName(state)
                if name.first == "*" {
                    throw Failure(message: "dynamic parents ('{{<*name}}') are not supported", offset: tagOffset)
                }
                if !whiteSpaceBefore.isEmpty { instructions.append(.text(Array(whiteSpaceBefore))) }
                if isStandalone(state) { setNewLine = true }
                let body = try parse(state.inInheritance(name, at: tagOffset))
                var overrides: [String: [TemplateInstruction]] = [:]
                for instruction in body {
                    switch instruction {
                    case .blockDefinition(let block, let content): overrides[block] = content
                    case .text: break
                    default:
                        throw Failure(message: "only '{{$block}}' overrides and text may stand inside '{{<\(name)}}'", offset: tagOffset)
                    }
                }
                instructions.append(.partial(name, indentation: Array(whiteSpaceBefore), overrides: overrides))
                whiteSpaceBefore = []

            case UInt8(ascii: "$"):
                position += 1
                let (name, transforms) = try parseName(state)
                guard transforms.isEmpty else {
                    throw Failure(message: "a block ('{{$\(name)}}') cannot take a function", offset: tagOffset)
                }
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.inSection(name, transforms: [], at: tagOffset, newLine: setNewLine))
                    instructions.append(.blockDefinition(name, body))
                } else {
                    if !whiteSpaceBefore.isEmpty { instructions.append(.text(Array(whiteSpaceBefore))) }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.inSection(name, transforms: [], at: tagOffset, newLine: setNewLine))
                    instructions.append(.block(name, default: body, indentation: Array(whiteSpaceBefore)))
                    whiteSpaceBefore = []
                }

            case UInt8(ascii: "="):
                position += 1
                state = try setDelimiters(state, at: tagOffset)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "%"):
                position += 1
                instructions.append(.escaping(try parsePragma(state, at: tagOffset)))
                setNewLine = isStandalone(state)

            default:
                keepWhiteSpace()
                let (name, transforms) = try parseName(state)
                instructions.append(.variable(try templateName(name, transforms: transforms, at: tagOffset), escaped: true))
            }
            state.newLine = setNewLine
        }
        if let open = state.sectionName {
            throw Failure(message: "section '\(open)' is never closed", offset: state.sectionOffset)
        }
        return instructions
    }
}
