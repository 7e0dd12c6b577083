import ArgumentParser
import KartaScaffold

extension ReportPrinter {
    /// The files a `karta new` command wrote; or its errors, and exit status 1.
    func scaffolded(_ outcome: ScaffoldOutcome) throws {
        guard !outcome.diagnostics.hasErrors else {
            printDiagnostics(outcome.diagnostics)
            error("nothing was written")
            throw ExitCode(1)
        }
        for path in outcome.written { print("wrote \(path)") }
    }
}
