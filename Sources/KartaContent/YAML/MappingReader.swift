import Foundation
import KartaModel

/// Typed access to one YAML mapping. Every getter reports a located error and returns `nil`
/// when the value is missing (and required) or of the wrong kind.
struct MappingReader {
    let reader: YAMLReader
    let node: YAMLNode
    let what: String
    /// The allowed keys in the order written, and their values: looked up by key for every field of every item,
    /// so the search runs over the keys alone, not over tuples that carry whole nodes.
    let keys: [String]
    let values: [YAMLNode]

    var location: SourceLocation { reader.location(node) }

    func value(_ key: String) -> YAMLNode? {
        keys.firstIndex(of: key).map { values[$0] }
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    func location(of key: String) -> SourceLocation {
        reader.location(value(key) ?? node)
    }

    private func missing(_ key: String) {
        reader.error(.missingField, "missing required field '\(key)' in \(what)", at: node)
    }

    /// Text of a scalar. Numbers and dates are returned as written (`2021` → "2021").
    func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .scalar(let scalar) = value else {
            reader.error(.type, "'\(key)' in \(what) must be text, found \(YAMLReader.describe(value))", at: value)
            return nil
        }
        if scalar.isPlain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            if required { reader.error(.missingField, "'\(key)' in \(what) is empty", at: value) }
            return nil
        }
        if required, Self.isBlank(scalar.string) {
            reader.error(.missingField, "'\(key)' in \(what) is empty", at: value)
            return nil
        }
        return scalar.string
    }

    func int(_ key: String, required: Bool = false, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let text = string(key, required: required) else { return nil }
        guard let number = Int(text.trimmingCharacters(in: .whitespaces)) else {
            reader.error(.type, "'\(key)' in \(what) must be a whole number, found '\(text)'", at: value(key))
            return nil
        }
        if let range, !range.contains(number) {
            reader.error(.value, "'\(key)' in \(what) must be between \(range.lowerBound) and \(range.upperBound), found \(number)", at: value(key))
            return nil
        }
        return number
    }

    func bool(_ key: String) -> Bool? {
        guard let text = string(key) else { return nil }
        // `"yes"` in quotes is text, not a switch: a site that writes it meant something else, or copied it.
        if let scalar = value(key)?.scalar, !scalar.isPlain {
            reader.error(.type, "'\(key)' in \(what) must be true or false without quotes, found the text \"\(text)\"", at: value(key))
            return nil
        }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            reader.error(.type, "'\(key)' in \(what) must be true or false, found '\(text)'", at: value(key))
            return nil
        }
    }

    func date(_ key: String) -> CalendarDate? {
        guard let text = string(key) else { return nil }
        guard let date = CalendarDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
            reader.error(.type, "'\(key)' in \(what) must be a date written YYYY-MM-DD, found '\(text)'", at: value(key))
            return nil
        }
        return date
    }

    func choice<Value: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false, as: Value.Type = Value.self) -> Value?
    where Value.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        if let chosen = Value(rawValue: text) { return chosen }
        let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
        reader.error(.value, "'\(key)' in \(what) must be one of \(allowed); found '\(text)'", at: value(key))
        return nil
    }

    /// A list of texts; a single text is accepted as a list of one.
    func strings(_ key: String) -> [String] {
        guard let value = value(key) else { return [] }
        switch value {
        case .scalar(let scalar):
            return Self.isBlank(scalar.string) ? [] : [scalar.string]
        case .sequence(let sequence):
            return sequence.compactMap { element -> String? in
                guard case .scalar(let scalar) = element else {
                    reader.error(.type, "each entry of '\(key)' in \(what) must be text, found \(YAMLReader.describe(element))", at: element)
                    return nil
                }
                return scalar.string
            }
        default:
            reader.error(.type, "'\(key)' in \(what) must be a list of texts, found \(YAMLReader.describe(value))", at: value)
            return []
        }
    }

    /// The elements of a list; reports a missing or non-list value.
    func sequence(_ key: String, required: Bool = false) -> [YAMLNode]? {
        guard let value = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .sequence(let sequence) = value else {
            reader.error(.type, "'\(key)' in \(what) must be a list, found \(YAMLReader.describe(value))", at: value)
            return nil
        }
        return sequence.nodes
    }

    func mapping(_ key: String, _ what: String, allowed: [String], required: Bool = false) -> MappingReader? {
        guard let value = value(key) else {
            if required { missing(key) }
            return nil
        }
        return reader.mapping(value, what, allowed: allowed)
    }

    /// Label → text pairs in the order written.
    func orderedPairs(_ key: String) -> [(label: String, value: String)] {
        guard let value = value(key) else { return [] }
        guard case .mapping(let mapping) = value else {
            reader.error(.type, "'\(key)' in \(what) must be a mapping of labels to texts", at: value)
            return []
        }
        return mapping.compactMap { label, text in
            guard let labelText = label.scalar?.string, let valueText = text.scalar?.string else {
                reader.error(.type, "each entry of '\(key)' in \(what) must be 'label: text'", at: text)
                return nil
            }
            return (labelText, valueText)
        }
    }
}
