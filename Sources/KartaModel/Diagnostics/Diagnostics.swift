/// Every problem found in one run, so the user can fix them all at once.
public struct Diagnostics: Error, Sendable, Codable {
    public private(set) var all: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) {
        all = diagnostics
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public mutating func append(contentsOf other: Diagnostics) {
        all.append(contentsOf: other.all)
    }

    public mutating func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        append(.error(code, message, at: location))
    }

    public mutating func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        append(.warning(code, message, at: location))
    }

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var isEmpty: Bool { all.isEmpty }

    /// Sorted by file, line and column, so output is the same whatever order files were read in.
    public var sorted: [Diagnostic] {
        all.sorted { ($0.location, $0.severity.rawValue, $0.message) < ($1.location, $1.severity.rawValue, $1.message) }
    }
}
