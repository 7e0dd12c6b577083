import ArgumentParser
import KartaImport
import KartaModel

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn Word (.docx) and LibreOffice (.odt) roadmaps, or their text exports, into content files.",
        discussion: """
            Reads .docx and .odt documents, and TAB-separated text exports (UTF-8, UTF-8 with a byte-order mark, or \
            Windows-1251), and writes \
            roadmaps/, plans/ and expected-results/ files plus a page with the text outside the tables into the \
            entity folder. Existing files are not replaced unless --force is given. Every guess the importer had \
            to make is printed as a warning naming the input line. Exit status: 0 when files were written \
            (warnings allowed), 1 on an error (unreadable input, no table found, a file that would be overwritten).
            """)

    @Argument(help: "Word (.docx) or LibreOffice (.odt) roadmaps, or text exports of them.")
    var files: [String]

    @Option(help: "The entity folder the documents are written into.")
    var into = "."

    @Option(help: "The entity id, used only in messages.")
    var entity: String?

    @Flag(help: "Replace files that already exist.")
    var force = false

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "text: what was written and what each document holds, for people; json: the same and every diagnostic, on standard output, for scripts.")
    var format: Format = .text

    func run() throws {
        let printer = ReportPrinter()
        let result = Importer.run(paths: files)
        var diagnostics = result.diagnostics
        guard !diagnostics.hasErrors else {
            try report(result, written: [], diagnostics: diagnostics, printer)
            printer.error("import failed: \(printer.counts(diagnostics)); nothing was written")
            throw ExitCode(1)
        }
        let outcome = ImportWriter.write(result.files, into: into, force: force)
        diagnostics.append(contentsOf: outcome.diagnostics)
        guard !outcome.diagnostics.hasErrors else {
            try report(result, written: outcome.written, diagnostics: diagnostics, printer)
            printer.error("import failed: \(printer.counts(diagnostics))\(outcome.written.isEmpty ? "; nothing was written" : "")")
            throw ExitCode(1)
        }
        try report(result, written: outcome.written, diagnostics: diagnostics, printer)
        guard format == .text else { return }
        let target = entity.map { "entity \($0) (\(into))" } ?? into
        printer.say("Imported \(files.count) file\(files.count == 1 ? "" : "s") into \(target): \(outcome.written.count) file\(outcome.written.count == 1 ? "" : "s") written; \(printer.counts(diagnostics)).")
    }

    /// Diagnostics on standard error; then, as text, each file written with what it holds, or the
    /// JSON report on standard output (printed even when the import failed, with nothing written).
    private func report(_ result: ImportResult, written: [String], diagnostics: Diagnostics, _ printer: ReportPrinter) throws {
        printer.printDiagnostics(diagnostics)
        switch format {
        case .json:
            printer.write(try ImportReport(result, written: written, diagnostics: diagnostics).json())
        case .text:
            for (path, file) in zip(written, result.files) {
                printer.say("wrote \(path): \(file.kind.rawValue) «\(file.title)», \(file.summary), from lines \(file.lines.lowerBound)–\(file.lines.upperBound)")
                for line in printer.structure(file.structure) { printer.say("  " + line) }
            }
            for (path, encoding) in result.encodings.sorted(by: { $0.key < $1.key }) where encoding != .utf8 {
                printer.say("read \(path) as \(encoding.rawValue)")
            }
        }
    }
}
