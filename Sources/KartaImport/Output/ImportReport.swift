import Foundation
import KartaModel

/// What `karta import --format json` prints: every document found, where it was written, what it
/// holds (`DocumentStructure`), and every diagnostic, so a script or a reviewer can check an import
/// without reading the YAML.
public struct ImportReport: Encodable, Sendable {
    public struct File: Encodable, Sendable {
        var path: String
        var kind: String
        var title: String
        /// The lines (text exports) or paragraphs (`.docx`, `.odt`) of the input it comes from.
        var from: Int
        var to: Int
        var written: Bool
        var structure: DocumentStructure?
    }

    public struct Problem: Encodable, Sendable {
        var severity: String
        var code: String
        /// `file:line:column`, as the terminal prints it.
        var location: String
        var message: String
    }

    var files: [File]
    var encodings: [String: String]
    var errors: Int
    var warnings: Int
    var diagnostics: [Problem]

    /// `written` holds the paths the writer wrote, in the order of `result.files` (empty when nothing was).
    public init(_ result: ImportResult, written: [String], diagnostics: Diagnostics) {
        files = result.files.enumerated().map { index, file in
            File(
                path: index < written.count ? written[index] : file.path, kind: file.kind.rawValue, title: file.title,
                from: file.lines.lowerBound, to: file.lines.upperBound, written: index < written.count, structure: file.structure)
        }
        encodings = result.encodings.filter { $0.value != .utf8 }.mapValues(\.rawValue)
        errors = diagnostics.errors.count
        warnings = diagnostics.warnings.count
        self.diagnostics = diagnostics.sorted.map {
            Problem(severity: $0.severity.rawValue, code: $0.code, location: $0.location.description, message: $0.message)
        }
    }

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}
