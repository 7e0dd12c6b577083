import Foundation
import KartaDiff
import KartaImport
import KartaModel
import KartaSite

/// The one place that turns diagnostics and reports into terminal text.
struct ReportPrinter {
    func printDiagnostics(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.sorted {
            writeError(diagnostic.description)
        }
    }

    func error(_ message: String) {
        writeError("error: \(message)")
    }

    func warning(_ message: String) {
        writeError("warning: \(message)")
    }

    /// «Built 12 pages (40 files) into Output in 0.31 s; 0 errors, 1 warning.»
    func built(_ report: BuildReport, into output: String, pdfs: Bool = false) -> String {
        let pdfCount = pdfs ? ", \(report.pdfsWritten) report PDF\(report.pdfsWritten == 1 ? "" : "s")" : ""
        if report.incremental {
            let removed = report.filesRemoved > 0 ? ", \(report.filesRemoved) removed" : ""
            return "Rebuilt \(report.pagesRendered) pages (\(report.filesWritten) files changed\(removed)) in \(output) in \(seconds(report.totalSeconds)); \(counts(report.diagnostics))."
        }
        return "Built \(report.pagesWritten) pages (\(report.filesWritten) files\(pdfCount)) into \(output) in \(seconds(report.totalSeconds)); \(counts(report.diagnostics))."
    }

    func counts(_ diagnostics: Diagnostics) -> String {
        "\(Self.plural(diagnostics.errors.count, "error")), \(Self.plural(diagnostics.warnings.count, "warning"))"
    }

    /// «1 error», «2 warnings».
    private static func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    func seconds(_ value: Double) -> String {
        String(format: "%.2f s", value)
    }

    func printPhases(_ phases: [BuildReport.Phase]) {
        for phase in phases {
            print("  \(phase.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(seconds(phase.seconds))")
        }
    }

    /// `{"errors": n, "warnings": n, "deadlines": {"parsed", "total"}, "diagnostics": [{severity, code, message, file, line, column}]}`
    func json(_ diagnostics: Diagnostics, deadlines: DeadlineCoverage? = nil) throws -> String {
        struct Record: Encodable {
            var severity: String
            var code: String
            var message: String
            var file: String
            var line: Int
            var column: Int
        }
        struct Summary: Encodable {
            var errors: Int
            var warnings: Int
            var deadlines: DeadlineCoverage?
            var diagnostics: [Record]
        }
        let summary = Summary(
            errors: diagnostics.errors.count, warnings: diagnostics.warnings.count, deadlines: deadlines,
            diagnostics: diagnostics.sorted.map {
                Record(severity: $0.severity.rawValue, code: $0.code, message: $0.message, file: $0.location.file, line: $0.location.line, column: $0.location.column)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(summary), as: UTF8.self)
    }

    /// «2 added, 1 removed, 5 changed, 1 moved; 4 hidden edits of typography or format».
    func diffSummary(_ counts: ChangeCounts) -> String {
        guard counts.hasChanges || counts.hidden > 0 else { return "no changes" }
        var parts = ["\(counts.added) added", "\(counts.removed) removed", "\(counts.changed) changed", "\(counts.moved) moved"]
        if counts.metadata > 0 { parts.append("\(counts.metadata) in titles, approvals and columns") }
        return parts.joined(separator: ", ") + (counts.hidden > 0 ? "; \(counts.hidden) hidden edits of typography or format" : "")
    }

    /// Bytes on standard output as they are (a JSON report).
    func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// What an imported document holds, a line a field, for the user to hold against the original
    /// (the title is on the line above, with the file written).
    func structure(_ structure: DocumentStructure?) -> [String] {
        guard let structure else { return [] }
        var lines: [String] = []
        if let approval = structure.approval { lines.append("approval: \(approval)") }
        if let source = structure.source { lines.append("source: \(source)") }
        if let period = structure.period { lines.append("period: \(period)") }
        var counts = "\(Self.plural(structure.sections, "section")), \(Self.plural(structure.items, "item"))"
        if structure.subitems > 0 { counts += ", \(Self.plural(structure.subitems, "sub-item"))" }
        if structure.deadlines > 0 { counts += "; deadlines read: \(structure.deadlinesRead) of \(structure.deadlines)" }
        lines.append(counts)
        if !structure.parties.isEmpty {
            let shown = structure.parties.prefix(12).joined(separator: "; ")
            lines.append("parties (\(structure.parties.count)): \(shown)\(structure.parties.count > 12 ? "; …" : "")")
        }
        return lines
    }

    /// A line on standard output at once, not when the buffer fills: for a command that runs on.
    func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private func writeError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
