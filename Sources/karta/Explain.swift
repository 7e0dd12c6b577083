import ArgumentParser
import KartaModel

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a diagnostic code: what it means, an example and the fix (from docs/diagnostics.md).",
        discussion: "Exit status: 0 when the code is known, 1 when it is not (the codes nearest to it are listed).")

    @Argument(help: ArgumentHelp("The code printed in brackets by --format json, such as unknown-direction.", valueName: "code"))
    var code: String

    func run() throws {
        if let entry = DiagnosticExplanation.entry(for: code) {
            print(entry.text)
            return
        }
        let near = DiagnosticExplanation.nearMatches(to: code)
        let hint = near.isEmpty
            ? "; the codes are listed in docs/diagnostics.md"
            : "; did you mean \(near.prefix(5).map { "'\($0)'" }.joined(separator: ", "))?"
        ReportPrinter().error("unknown diagnostic code '\(code)'\(hint)")
        throw ExitCode.failure
    }
}
