import KartaModel

/// What a `karta new` command wrote: the files, as the caller named their folder, or the problems
/// that stopped it (then nothing was written).
public struct ScaffoldOutcome: Sendable {
    public var written: [String]
    public var diagnostics: Diagnostics

    init(written: [String] = [], diagnostics: Diagnostics = Diagnostics()) {
        self.written = written
        self.diagnostics = diagnostics
    }

    /// Nothing written, for one reason.
    static func refused(_ code: DiagnosticCode, _ message: String, at path: String) -> ScaffoldOutcome {
        var diagnostics = Diagnostics()
        diagnostics.error(code, message, at: SourceLocation(file: path))
        return ScaffoldOutcome(diagnostics: diagnostics)
    }
}
