import Foundation

/// One code's entry of docs/diagnostics.md: what it means, an example and the fix, as `karta explain` prints it.
public struct DiagnosticExplanation: Hashable, Sendable {
    public var code: String
    /// The entry's Markdown from its `### \`code\`` heading up to the next heading.
    public var text: String

    /// The entries of the document compiled into the binary, in their order there.
    public static let all: [DiagnosticExplanation] = entries(in: DiagnosticsDocument.text)

    public static func entry(for code: String) -> DiagnosticExplanation? {
        all.first { $0.code == code }
    }

    /// The entries of a diagnostics document: each starts at a `### \`code\`` heading and ends at the next heading.
    public static func entries(in document: String) -> [DiagnosticExplanation] {
        var entries: [DiagnosticExplanation] = []
        var current: (code: String, lines: [Substring])?
        func close() {
            guard let open = current else { return }
            let text = open.lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            entries.append(DiagnosticExplanation(code: open.code, text: text))
            current = nil
        }
        for line in document.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { close() }
            if line.hasPrefix("### `"), line.hasSuffix("`") {
                current = (String(line.dropFirst(5).dropLast()), [line])
            } else if current != nil {
                current?.lines.append(line)
            }
        }
        close()
        return entries
    }

    /// Codes that look like a mistyped `code`: within two edits, or containing it, closest first.
    public static func nearMatches(to code: String, among codes: [String] = all.map(\.code)) -> [String] {
        let typed = code.lowercased()
        return codes
            .map { ($0, EditDistance.between(Array(typed), Array($0))) }
            .filter { $0.1 <= 2 || (typed.count >= 3 && $0.0.contains(typed)) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .map(\.0)
    }
}
