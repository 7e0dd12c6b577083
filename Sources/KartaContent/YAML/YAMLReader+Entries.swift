import KartaModel

extension YAMLReader {
    /// The entries of a mapping whose keys are ids the author chose (roadmap ids, item ids), in the order
    /// written; a repeated key is reported by the YAML parser before this runs.
    func entries(_ node: YAMLNode, _ what: String) -> [(key: String, keyNode: YAMLNode, value: YAMLNode)] {
        guard case let .mapping(mapping) = node else {
            error(.type, "\(what) must be a mapping of ids to values, found \(Self.describe(node))", at: node)
            return []
        }
        return mapping.compactMap { keyNode, value in
            guard let key = keyNode.scalar?.string else {
                error(.type, "a key in \(what) must be plain text", at: keyNode)
                return nil
            }
            return (key, keyNode, value)
        }
    }
}
