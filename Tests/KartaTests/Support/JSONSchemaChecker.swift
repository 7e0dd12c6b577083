/// Checks a JSON value against a JSON Schema (draft 2020-12), for the part of the vocabulary Karta's
/// own schemas use: `type`, `enum`, `const`, `required`, `properties`, `additionalProperties`,
/// `items`, `minimum`, `$ref` into `#/$defs/`, `allOf` and `if`/`then`. A keyword it does not know
/// is a problem of the schema, so a schema never seems to pass by using more than is checked.
struct JSONSchemaChecker {
    let root: JSONValue

    static let known: Set<String> = [
        "$schema", "$id", "$defs", "title", "description", "type", "enum", "const", "required", "properties", "additionalProperties",
        "items", "minimum", "$ref", "allOf", "if", "then",
    ]

    /// Every place `value` breaks the schema, as «path: what».
    func problems(_ value: JSONValue) -> [String] {
        var problems: [String] = []
        check(value, against: root, at: "$", into: &problems)
        return problems
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, into problems: inout [String]) {
        guard case .object(let keywords) = schema else {
            if schema != .bool(true) { problems.append("\(path): the schema is not an object") }
            return
        }
        for key in keywords.keys.sorted() where !Self.known.contains(key) {
            problems.append("\(path): the checker does not know the keyword '\(key)'")
        }
        if case .string(let reference)? = keywords["$ref"] {
            let prefix = "#/$defs/"
            guard reference.hasPrefix(prefix), case .object(let definitions)? = rootKeywords["$defs"],
                  let target = definitions[String(reference.dropFirst(prefix.count))]
            else { return problems.append("\(path): '\(reference)' names no definition") }
            check(value, against: target, at: path, into: &problems)
        }
        if case .array(let types)? = keywords["type"] {
            let names = types.compactMap { if case .string(let name) = $0 { name } else { nil } }
            if !names.contains(where: { Self.has(value, type: $0) }) { problems.append("\(path): not of type \(names.joined(separator: " or "))") }
        } else if case .string(let name)? = keywords["type"], !Self.has(value, type: name) {
            problems.append("\(path): not of type \(name)")
        }
        if case .array(let allowed)? = keywords["enum"], !allowed.contains(value) {
            problems.append("\(path): \(value) is not one of the allowed values")
        }
        if let constant = keywords["const"], constant != value { problems.append("\(path): must be \(constant)") }
        if case .integer(let minimum)? = keywords["minimum"], case .integer(let number) = value, number < minimum {
            problems.append("\(path): \(number) is below \(minimum)")
        }
        if case .array(let parts)? = keywords["allOf"] {
            for part in parts { check(value, against: part, at: path, into: &problems) }
        }
        if let condition = keywords["if"], let then = keywords["then"] {
            var unmet: [String] = []
            check(value, against: condition, at: path, into: &unmet)
            if unmet.isEmpty { check(value, against: then, at: path, into: &problems) }
        }
        if case .array(let items) = value, let itemSchema = keywords["items"] {
            for (index, item) in items.enumerated() { check(item, against: itemSchema, at: "\(path)[\(index)]", into: &problems) }
        }
        guard case .object(let members) = value else { return }
        if case .array(let required)? = keywords["required"] {
            for case .string(let name) in required where members[name] == nil { problems.append("\(path): '\(name)' is missing") }
        }
        let properties: [String: JSONValue] = if case .object(let properties)? = keywords["properties"] { properties } else { [:] }
        for name in members.keys.sorted() {
            let member = members[name]!
            if let property = properties[name] {
                check(member, against: property, at: "\(path).\(name)", into: &problems)
            } else if let additional = keywords["additionalProperties"] {
                if additional == .bool(false) {
                    problems.append("\(path): '\(name)' is not allowed")
                } else {
                    check(member, against: additional, at: "\(path).\(name)", into: &problems)
                }
            }
        }
    }

    private var rootKeywords: [String: JSONValue] {
        if case .object(let keywords) = root { keywords } else { [:] }
    }

    static func has(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .integer), ("number", .integer), ("number", .number),
             ("string", .string), ("array", .array), ("object", .object): true
        default: false
        }
    }
}
