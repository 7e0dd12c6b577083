import Yams

/// Nodes of the documents `YAMLComposer` leaves to Yams (anchors and aliases, tags, keys only types tell apart).
extension YAMLNode {
    init(_ node: Node) {
        // A composed node always has a mark; the fallback is where a node without one was reported before.
        let mark = node.mark.map { Mark(line: $0.line, column: $0.column) } ?? Mark(line: 1, column: 1)
        switch node {
        case .scalar(let scalar):
            self = .scalar(Scalar(string: scalar.string, isPlain: scalar.style == .plain, mark: mark))
        case .sequence(let sequence):
            self = .sequence(Sequence(nodes: sequence.map(YAMLNode.init), mark: mark))
        case .mapping(let mapping):
            self = .mapping(Mapping(pairs: mapping.map { (YAMLNode($0.key), YAMLNode($0.value)) }, mark: mark))
        case .alias:
            // Composing replaces every alias by the node it names; only Yams' representer makes this case.
            self = .scalar(Scalar(string: "", isPlain: true, mark: mark))
        }
    }
}
