import KartaModel
import Yams

/// Parses YAML text into `YAMLNode`s, which keep each value's line and column.
///
/// `YAMLComposer` reads the usual content file straight from libyaml's events; what it leaves (errors, repeated
/// keys, anchors, tags) is read by Yams as before, so every message and position stays the same. Scalars are not typed while parsing: `MappingReader` reads each value as the type its key expects (text,
/// a whole number, a date, yes/no). Yams' default resolver would run up to seven regular expressions on every
/// mapping key to hash it for the duplicate check; `Resolver.basic` has none, so every untagged scalar is text.
enum YAMLDocument {
    static func parse(_ text: String, file: String, lineOffset: Int = 0) -> Result<YAMLNode?, Diagnostic> {
        if let composed = YAMLComposer.compose(text) { return .success(composed) }
        do {
            return .success(try compose(text).map(YAMLNode.init))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file, lineOffset: lineOffset, text: text))
        } catch {
            return .failure(.error(.yaml, "YAML could not be read: \(error)", at: SourceLocation(file: file)))
        }
    }

    private static func compose(_ text: String) throws -> Node? {
        do {
            return try Yams.compose(yaml: text, .basic)
        } catch YamlError.duplicatedKeysInMapping {
            // Without types, `1` and `"1"` (or `true` and `"true"`) are one key; the default resolver keeps them
            // apart. Only this rare error is checked again with it, so what is reported stays as it was.
            return try Yams.compose(yaml: text)
        }
    }

    static func diagnostic(for error: YamlError, file: String, lineOffset: Int, text: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if isTab(at: mark, in: text) {
                // libyaml says «found character that cannot start any token»; the author needs to hear TAB.
                return .error(.yamlTab, "a TAB character: YAML indents with spaces only; replace the TAB with spaces", at: at(mark))
            }
            let place = { (line: Int, column: Int) in SourceLocation(file: file, line: line + lineOffset, column: column) }
            if let unclosed = unclosedQuote(context, mark, in: text, at: place) { return unclosed }
            if let colon = colonInPlainValue(problem, mark, in: text, at: place) { return colon }
            let contextText = context.map { "\($0.text) " } ?? ""
            return .error(.yaml, "YAML syntax error: \(contextText)\(problem)", at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams marks the mapping; the author needs the second occurrence, which is the one to remove.
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            guard let key = duplicates.first, let repeated = secondOccurrence(of: key, after: context.mark, in: text) else {
                return .error(.duplicateKey, "duplicate key \(keys) in one mapping", at: at(context.mark))
            }
            return .error(
                .duplicateKey, "duplicate key '\(key)': it is already set at line \(repeated.first + lineOffset)",
                at: SourceLocation(file: file, line: repeated.line + lineOffset, column: repeated.column))
        case let .reader(problem, _, value, _):
            // libyaml's reader reports a byte offset without a line; the character it refused is found
            // in the text instead, so the message points at it.
            let refused = Unicode.Scalar(UInt32(bitPattern: value))
            let found = refused.flatMap { scalar in SourceText.position(in: text) { $0 == scalar } }
                ?? SourceText.position(in: text, where: isRefusedByYAML)
            guard let (line, column) = found else {
                return .error(.yaml, "YAML could not be read: \(problem)", at: SourceLocation(file: file))
            }
            let shown = refused.map { String(format: " (U+%04X)", $0.value) } ?? ""
            return .error(.yaml, "YAML could not be read: \(problem)\(shown); remove the character", at: SourceLocation(file: file, line: line + lineOffset, column: column))
        default:
            return .error(.yaml, "YAML could not be read: \(error)", at: SourceLocation(file: file))
        }
    }

    /// Whether the character at a 1-based line and column of libyaml's (in Unicode scalars) is a TAB.
    static func isTab(at mark: Mark, in text: String) -> Bool {
        let lines = SourceText.lines(text)
        guard mark.line >= 1, mark.line <= lines.count, mark.column >= 1 else { return false }
        let scalars = lines[mark.line - 1].unicodeScalars
        guard let position = scalars.index(scalars.startIndex, offsetBy: mark.column - 1, limitedBy: scalars.endIndex),
              position < scalars.endIndex
        else { return false }
        return scalars[position] == "\t"
    }

    /// Characters YAML 1.1 does not allow in a stream (its `c-printable` complement): C0 and C1 controls
    /// other than TAB, LF, CR and NEL, DEL, and the non-characters U+FFFE and U+FFFF.
    static func isRefusedByYAML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x85: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// Lines (1-based) where `key:` is first and second written at one indentation, from `mark` on.
    static func secondOccurrence(of key: String, after mark: Mark, in text: String) -> (first: Int, line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var first: (line: Int, indent: Int)?
        for number in max(1, mark.line)...max(1, lines.count) where number <= lines.count {
            let line = lines[number - 1]
            let indent = line.prefix { $0 == " " }.count
            var rest = line.dropFirst(indent)
            if rest.hasPrefix("- ") { rest = rest.dropFirst(2) }
            let keyed = [key + ":", "\"" + key + "\":", "'" + key + "':"].contains { rest.hasPrefix($0) }
            guard keyed else { continue }
            let column = line.count - rest.count + 1
            if let found = first {
                if found.indent == column { return (found.line, number, column) }
            } else {
                first = (number, column)
            }
        }
        return nil
    }
}
