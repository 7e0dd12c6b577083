internal import CYaml

/// Builds `YAMLNode`s straight from libyaml's events, for the documents content files are: one document,
/// no anchors, aliases or explicit tags, text keys, no key twice in a mapping.
///
/// Anything else gives `nil`, and `YAMLDocument` reads the text with Yams instead, so what is unusual (and every
/// error) is read and reported exactly as before. The common case skips what Yams does for every node and Karta
/// never used: a `Tag` object with its resolver, an anchor look-up, hashing every mapping's keys, and decoding
/// each scalar through Foundation (Yams' composing was 16 % of a region-scale load).
final class YAMLComposer {
    private var parser = yaml_parser_t()
    private var event = yaml_event_t()

    /// Something only Yams reads as Karta expects (or reports): the text is handed to it.
    private struct NeedsYams: Error {}

    /// Keys of a mapping this long are checked for repeats with a set; shorter ones pair by pair.
    private static let keysCheckedPairwise = 12

    /// The document's root (`nil` for a text with no document), or `.none` when Yams must read the text.
    static func compose(_ text: String) -> YAMLNode?? {
        var text = text
        return text.withUTF8 { bytes in
            let composer = YAMLComposer()
            yaml_parser_set_encoding(&composer.parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&composer.parser, bytes.baseAddress, bytes.count)
            // Not `try?`: it would flatten "no document" and "left to Yams" into one `nil`.
            do {
                return .some(try composer.document())
            } catch {
                return .none
            }
        }
    }

    private init() {
        yaml_parser_initialize(&parser)
    }

    deinit {
        yaml_event_delete(&event)
        yaml_parser_delete(&parser)
    }

    private func advance() throws {
        yaml_event_delete(&event)
        guard yaml_parser_parse(&parser, &event) == 1 else { throw NeedsYams() }
    }

    private func document() throws -> YAMLNode? {
        try advance()  // the stream's start
        try advance()
        if event.type == YAML_STREAM_END_EVENT { return nil }
        guard event.type == YAML_DOCUMENT_START_EVENT else { throw NeedsYams() }
        try advance()
        let root = try node()
        try advance()
        guard event.type == YAML_DOCUMENT_END_EVENT else { throw NeedsYams() }
        try advance()
        // A second document is an error Yams words.
        guard event.type == YAML_STREAM_END_EVENT else { throw NeedsYams() }
        return root
    }

    /// The node that starts at the current event; on return the current event is its last.
    private func node() throws -> YAMLNode {
        let mark = YAMLNode.Mark(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            guard scalar.anchor == nil, scalar.tag == nil else { throw NeedsYams() }
            let string = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            return .scalar(YAMLNode.Scalar(string: string, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE, mark: mark))
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            guard start.anchor == nil, start.tag == nil else { throw NeedsYams() }
            var nodes: [YAMLNode] = []
            while true {
                try advance()
                if event.type == YAML_SEQUENCE_END_EVENT { break }
                nodes.append(try node())
            }
            return .sequence(YAMLNode.Sequence(nodes: nodes, mark: mark))
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            guard start.anchor == nil, start.tag == nil else { throw NeedsYams() }
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            while true {
                try advance()
                if event.type == YAML_MAPPING_END_EVENT { break }
                let key = try node()
                // A list or a mapping as a key is legal YAML that no content file has; Yams reads it.
                guard case .scalar = key else { throw NeedsYams() }
                try advance()
                pairs.append((key, try node()))
            }
            guard Self.keysAreUnique(pairs) else { throw NeedsYams() }
            return .mapping(YAMLNode.Mapping(pairs: pairs, mark: mark))
        default:
            // An alias, or an event out of place.
            throw NeedsYams()
        }
    }

    /// Untyped, two keys are the same when their texts are: Yams then reports the repeat, or tells `1` from `"1"`.
    private static func keysAreUnique(_ pairs: [(key: YAMLNode, value: YAMLNode)]) -> Bool {
        let keys = pairs.map { $0.key.scalar?.string ?? "" }
        if keys.count <= keysCheckedPairwise {
            for index in keys.indices.dropFirst() where keys[..<index].contains(keys[index]) { return false }
            return true
        }
        return Set(keys).count == keys.count
    }
}
