extension TemplateParser {
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): true
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"): true
        default: false
        }
    }

    /// A tag's name and the functions around it: `empty(items)` is `("items", ["empty"])`.
    mutating func parseName(_ state: State) throws(Failure) -> (String, [String]) {
        read(while: Self.isWhitespace)
        let start = position
        let text = read(while: { Self.isNameByte($0) || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") })
        read(while: Self.isWhitespace)
        guard read(state.endDelimiter) else {
            throw Failure(message: "a tag's name is not followed by '\(String(decoding: state.endDelimiter, as: UTF8.self))'", offset: position)
        }
        // `f(g(name))`: functions up to the innermost '(', then as many ')' as there were '('.
        var parts: [String] = []
        var index = text.startIndex
        while true {
            let partStart = index
            while index < text.endIndex, Self.isNameByte(text[index]) { index += 1 }
            let part = String(decoding: text[partStart..<index], as: UTF8.self)
            if index == text.endIndex {
                guard parts.isEmpty else { throw Failure(message: "'(' without its ')' in a tag", offset: start) }
                return (part, [])
            }
            if text[index] == UInt8(ascii: "(") {
                parts.append(part)
                index += 1
                continue
            }
            let closing = text[index...].prefix { $0 == UInt8(ascii: ")") }.count
            guard !parts.isEmpty, closing == parts.count, index + closing == text.endIndex else {
                throw Failure(message: "unbalanced brackets in a tag's name", offset: start)
            }
            return (part, parts)
        }
    }

    /// A name as the renderer reads it, with its functions checked now rather than ignored later.
    func templateName(_ text: String, transforms: [String], at offset: Int) throws(Failure) -> TemplateName {
        var known: [TemplateTransform] = []
        for name in transforms {
            guard let transform = TemplateTransform(rawValue: name) else {
                let names = TemplateTransform.allCases.map(\.rawValue).joined(separator: ", ")
                throw Failure(message: "unknown function '\(name)' (known: \(names))", offset: offset)
            }
            known.append(transform)
        }
        return TemplateName(text, transforms: known)
    }

    /// A partial's name may hold folders: `partials/link`.
    mutating func parsePartialName(_ state: State) throws(Failure) -> String {
        read(while: Self.isWhitespace)
        let text = read(while: { Self.isNameByte($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") })
        read(while: Self.isWhitespace)
        guard read(state.endDelimiter) else {
            throw Failure(message: "a partial's name is not followed by '\(String(decoding: state.endDelimiter, as: UTF8.self))'", offset: position)
        }
        return String(decoding: text, as: UTF8.self)
    }

    mutating func skipComment(_ state: State, from tagOffset: Int) throws(Failure) {
        while !atEnd {
            if read(state.endDelimiter) { return }
            position += 1
        }
        throw Failure(message: "comment is never closed", offset: tagOffset)
    }

    /// `{{=<% %>=}}`.
    mutating func setDelimiters(_ state: State, at tagOffset: Int) throws(Failure) -> State {
        let failure = Failure(message: "a delimiter change is written '{{=<% %>=}}'", offset: tagOffset)
        read(while: Self.isWhitespace)
        let start = read(while: { !Self.isWhitespace($0) })
        guard !atEnd else { throw failure }
        read(while: Self.isWhitespace)
        let end = read(while: { !Self.isWhitespace($0) && $0 != UInt8(ascii: "=") })
        guard !atEnd else { throw failure }
        read(while: Self.isWhitespace)
        guard read([UInt8(ascii: "=")]), read(state.endDelimiter), !start.isEmpty, !end.isEmpty else { throw failure }
        var state = state
        state.startDelimiter = Array(start)
        state.endDelimiter = Array(end)
        state.isPartialDefinitionTopLevel = false
        return state
    }

    /// `{{% CONTENT_TYPE: HTML }}` (`KARTA_HTML` is the same) or `TEXT`.
    mutating func parsePragma(_ state: State, at tagOffset: Int) throws(Failure) -> TemplateEscaping {
        read(while: Self.isWhitespace)
        let variable = String(decoding: read(while: Self.isNameByte), as: UTF8.self)
        read(while: Self.isWhitespace)
        guard read([UInt8(ascii: ":")]) else { throw Failure(message: "a pragma is written '{{% CONTENT_TYPE: HTML }}'", offset: tagOffset) }
        read(while: Self.isWhitespace)
        let value = String(decoding: read(while: Self.isNameByte), as: UTF8.self)
        read(while: Self.isWhitespace)
        guard read(state.endDelimiter), !variable.isEmpty, !value.isEmpty else {
            throw Failure(message: "a pragma is written '{{% CONTENT_TYPE: HTML }}'", offset: tagOffset)
        }
        guard variable == "CONTENT_TYPE" else { throw Failure(message: "unknown pragma '\(variable)'", offset: tagOffset) }
        switch value {
        case "HTML", "KARTA_HTML": return .html
        case "TEXT": return .none
        default: throw Failure(message: "unknown content type '\(value)' (HTML or TEXT)", offset: tagOffset)
        }
    }
}
