import Foundation
import KartaModel
import Yams

/// libyaml's words for the two mistakes editors make most, turned into the cause and the fix.
extension YAMLDocument {
    /// A quoted value never closed. libyaml stops at the end of the file (giving the opening quote as the
    /// error's context), or, when a later quote closes it, somewhere below with another complaint; either
    /// way the author needs the line where the quote opens. A quoted value running over a line break is
    /// legal YAML but not how content is written, so after a syntax error it is taken as the cause.
    static func unclosedQuote(_ context: YamlError.Context?, _ mark: Mark, in text: String, at: (Int, Int) -> SourceLocation) -> Diagnostic? {
        let quoted = context.flatMap { $0.text.contains("quoted scalar") ? (line: $0.mark.line, column: $0.mark.column) : nil }
        let opening = quoted ?? quoteSpanningLines(upTo: mark.line, in: text)
        guard let opening, let line = line(opening.line, of: text) else { return nil }
        let opened = line.unicodeScalars.dropFirst(max(0, opening.column - 1))
        guard let quote = opened.first, quote == "\"" || quote == "'" else { return nil }
        let shown = String(String.UnicodeScalarView(opened.prefix(60)))
        let inside = quote == "\"" ? "\\\"" : "''"
        return .error(
            .yamlQuote,
            "the quote that opens «\(shown)» is never closed; end the value with \(quote) (write a \(quote) inside the value as \(inside))",
            at: at(opening.line, opening.column))
    }

    /// The first quote that opens a value and is still open at the end of its line, up to the error's line.
    static func quoteSpanningLines(upTo lastLine: Int, in text: String) -> (line: Int, column: Int)? {
        var open: (quote: Unicode.Scalar, line: Int, column: Int)?
        for (index, line) in SourceText.lines(text).prefix(lastLine).enumerated() {
            let scalars = Array(line.unicodeScalars)
            // The last character before this one that is not a space: a quote after `:`, `-`, `[`, `{`, `,`
            // or at the start of the line opens a value; one inside a plain value («Приказ "О мерах"») does not.
            var lastWritten: Unicode.Scalar = ","
            var position = 0
            while position < scalars.count {
                let scalar = scalars[position]
                if let quote = open?.quote {
                    if quote == "\"", scalar == "\\" {
                        position += 1
                    } else if quote == "'", scalar == "'", position + 1 < scalars.count, scalars[position + 1] == "'" {
                        position += 1
                    } else if scalar == quote {
                        open = nil
                    }
                } else if scalar == "#", position == 0 || scalars[position - 1] == " " {
                    break
                } else if scalar == "\"" || scalar == "'", ":-[{,".unicodeScalars.contains(lastWritten) {
                    open = (scalar, index + 1, position + 1)
                }
                if scalar != " " { lastWritten = scalar }
                position += 1
            }
            if let open { return (open.line, open.column) }
        }
        return nil
    }

    /// `title: Приказ: о мониторинге`: a colon and a space inside a plain value start another key for YAML.
    /// The fix is the same line with the value in double quotes, which the message shows.
    static func colonInPlainValue(_ problem: String, _ mark: Mark, in text: String, at: (Int, Int) -> SourceLocation) -> Diagnostic? {
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
            at: at(mark.line, mark.column))
    }

    private static func line(_ number: Int, of text: String) -> String? {
        let lines = SourceText.lines(text)
        guard number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1])
    }
}
