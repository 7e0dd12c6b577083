/// One value of a YAML document and where it starts, as Karta reads it: scalars stay the text written
/// (`MappingReader` types them by what their key expects), aliases are already replaced by what they name.
///
/// Karta's own tree rather than Yams' `Node`: a node here is a value with no tag, anchor or resolver
/// attached, so building one for each of the 1.5 million scalars of a region costs a copy of the text.
enum YAMLNode: Sendable {
    case scalar(Scalar)
    case sequence(Sequence)
    case mapping(Mapping)

    /// Line and column (1-based, the column in Unicode scalars) where the node starts, as libyaml counts them.
    struct Mark: Sendable, Equatable {
        var line: Int
        var column: Int
    }

    struct Scalar: Sendable {
        var string: String
        /// Written without quotes or a block indicator: only such a scalar can be `~`, `null` or a yes/no switch.
        var isPlain: Bool
        var mark: Mark
    }

    struct Sequence: RandomAccessCollection, Sendable {
        var nodes: [YAMLNode]
        var mark: Mark

        var startIndex: Int { nodes.startIndex }
        var endIndex: Int { nodes.endIndex }
        subscript(position: Int) -> YAMLNode { nodes[position] }
    }

    struct Mapping: RandomAccessCollection, Sendable {
        var pairs: [(key: YAMLNode, value: YAMLNode)]
        var mark: Mark

        var startIndex: Int { pairs.startIndex }
        var endIndex: Int { pairs.endIndex }
        subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) { pairs[position] }
    }

    var mark: Mark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(let sequence): sequence.mark
        case .mapping(let mapping): mapping.mark
        }
    }

    var scalar: Scalar? {
        guard case .scalar(let scalar) = self else { return nil }
        return scalar
    }

    var mapping: Mapping? {
        guard case .mapping(let mapping) = self else { return nil }
        return mapping
    }
}
