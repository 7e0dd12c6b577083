import KartaModel
import Yams

/// Parses YAML text into Yams nodes, which keep each value's line and column.
enum YAMLDocument {
    static func parse(_ text: String, file: String, lineOffset: Int = 0) -> Result<Node?, Diagnostic> {
        do {
            return .success(try Yams.compose(yaml: text))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file, lineOffset: lineOffset))
        } catch {
            return .failure(.error("yaml", "YAML could not be read: \(error)", at: SourceLocation(file: file)))
        }
    }

    static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let contextText = context.map { "\($0.text) " } ?? ""
            return .error("yaml", "YAML syntax error: \(contextText)\(problem)", at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(
                "duplicate-key", "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping",
                at: at(context.mark))
        case let .reader(problem, _, _, _):
            return .error("yaml", "YAML could not be read: \(problem)", at: SourceLocation(file: file))
        default:
            return .error("yaml", "YAML could not be read: \(error)", at: SourceLocation(file: file))
        }
    }
}
