import Foundation
import KartaModel
import Yams

/// libyaml's words for the two mistakes editors make most, turned into the cause and the fix.
extension YAMLDocument {
    /// A quoted value never closed: libyaml stops at the end of the file, but the author needs the line
    /// where the quote opens, which libyaml gives as the error's context.
    static func unclosedQuote(_ context: YamlError.Context?, in text: String, at: (Mark) -> SourceLocation) -> Diagnostic? {
        guard let context, context.text.contains("quoted scalar"),
              let line = line(context.mark.line, of: text) else { return nil }
        let opened = line.unicodeScalars.dropFirst(max(0, context.mark.column - 1))
        guard let quote = opened.first, quote == "\"" || quote == "'" else { return nil }
        let shown = String(String.UnicodeScalarView(opened.prefix(60)))
        let inside = quote == "\"" ? "\\\"" : "''"
        return .error(
            .yamlQuote,
            "the quote that opens «\(shown)» is never closed; end the value with \(quote) (write a \(quote) inside the value as \(inside))",
            at: at(context.mark))
    }

    /// `title: Приказ: о мониторинге`: a colon and a space inside a plain value start another key for YAML.
    /// The fix is the same line with the value in double quotes, which the message shows.
    static func colonInPlainValue(_ problem: String, _ mark: Mark, in text: String, at: (Mark) -> SourceLocation) -> Diagnostic? {
        guard problem == "mapping values are not allowed in this context", let line = line(mark.line, of: text) else { return nil }
        let scalars = Array(line.unicodeScalars)
        let colon = mark.column - 1
        guard scalars.indices.contains(colon), scalars[colon] == ":",
              let separator = line.range(of: ": ") else { return nil }
        let keyPart = line[..<separator.upperBound]
        guard keyPart.unicodeScalars.count <= colon else { return nil }
        let value = line[separator.upperBound...].trimmingCharacters(in: .whitespaces)
        guard let first = value.first, !"\"'[{|>&*!".contains(first) else { return nil }
        let quoted = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return .error(
            .yamlColon,
            "a colon and a space inside a value without quotes: YAML reads them as the start of another key; put the value in quotes: \(keyPart.drop { $0 == " " })\"\(quoted)\"",
            at: at(mark))
    }

    private static func line(_ number: Int, of text: String) -> String? {
        let lines = SourceText.lines(text)
        guard number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1])
    }
}
