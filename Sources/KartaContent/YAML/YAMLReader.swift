import KartaModel

/// Reads one YAML file's nodes into model values, collecting a located diagnostic for every problem.
///
/// A class because the mapping readers it hands out all report into the same list.
final class YAMLReader {
    let file: String
    /// Lines before the YAML text in its file (front matter starts after `---`).
    let lineOffset: Int
    private(set) var diagnostics = Diagnostics()

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    func location(_ node: YAMLNode?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file, line: 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    func error(_ code: DiagnosticCode, _ message: String, at node: YAMLNode?) {
        diagnostics.error(code, message, at: location(node))
    }

    func warning(_ code: DiagnosticCode, _ message: String, at node: YAMLNode?) {
        diagnostics.warning(code, message, at: location(node))
    }

    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// A mapping whose keys must be among `allowed`; unknown keys are reported at once.
    func mapping(_ node: YAMLNode?, _ what: String, allowed: [String]) -> MappingReader? {
        guard let node else {
            error(.type, "\(what) is empty; expected a mapping of keys to values", at: nil)
            return nil
        }
        guard case let .mapping(mapping) = node else {
            error(.type, "\(what) must be a mapping of keys to values, found \(Self.describe(node))", at: node)
            return nil
        }
        var keys: [String] = []
        var values: [YAMLNode] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                error(.type, "a key in \(what) must be plain text", at: keyNode)
                continue
            }
            if !allowed.contains(key) {
                let hint = Self.closest(to: key, in: allowed).map { "; did you mean '\($0)'?" } ?? ""
                error(.unknownKey, "unknown key '\(key)' in \(what)\(hint)", at: keyNode)
                continue
            }
            keys.append(key)
            values.append(value)
        }
        return MappingReader(reader: self, node: node, what: what, keys: keys, values: values)
    }

    static func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar): "the text '\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }

    /// A suggestion for a misspelt key: the allowed key within edit distance 2.
    static func closest(to key: String, in allowed: [String]) -> String? {
        allowed.map { ($0, EditDistance.between(Array(key), Array($0))) }
            .filter { $0.1 <= 2 }
            .min { $0.1 < $1.1 }?.0
    }
}
