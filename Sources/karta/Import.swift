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

    func run() throws {
        let printer = ReportPrinter()
        let result = Importer.run(paths: files)
        var diagnostics = result.diagnostics
        guard !diagnostics.hasErrors else {
            printer.printDiagnostics(diagnostics)
            printer.error("import failed: \(printer.counts(diagnostics)); nothing was written")
            throw ExitCode(1)
        }
        let outcome = ImportWriter.write(result.files, into: into, force: force)
        diagnostics.append(contentsOf: outcome.diagnostics)
        printer.printDiagnostics(diagnostics)
        guard !outcome.diagnostics.hasErrors else {
            printer.error("import failed: \(printer.counts(diagnostics))\(outcome.written.isEmpty ? "; nothing was written" : "")")
            throw ExitCode(1)
        }
        let target = entity.map { "entity \($0) (\(into))" } ?? into
        for (path, file) in zip(outcome.written, result.files) {
            print("wrote \(path): \(file.kind.rawValue) «\(file.title)», \(file.summary), from lines \(file.lines.lowerBound)–\(file.lines.upperBound)")
        }
        for (path, encoding) in result.encodings.sorted(by: { $0.key < $1.key }) where encoding != .utf8 {
            print("read \(path) as \(encoding.rawValue)")
        }
        print("Imported \(files.count) file\(files.count == 1 ? "" : "s") into \(target): \(outcome.written.count) file\(outcome.written.count == 1 ? "" : "s") written; \(printer.counts(diagnostics)).")
    }
}
