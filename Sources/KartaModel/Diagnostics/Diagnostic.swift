/// One problem found in the content: where, how bad, and what to do about it.
public struct Diagnostic: Error, Hashable, Sendable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable {
        /// For the editors, not a problem: `karta check` lists notes, `karta build` only counts them.
        case note
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// A stable, machine-readable code such as `unknown-direction`, for `--format json` and tests;
    /// always the raw value of a `DiagnosticCode`, kept as text so reports decode whatever their version.
    public var code: String

    public init(_ severity: Severity, _ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.code = code.rawValue
        self.message = message
        self.location = location
    }

    public static func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, message, at: location)
    }

    public static func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location)
    }
}

extension Diagnostic: CustomStringConvertible {
    /// `file:line:column: error: message`, the format editors and terminals recognise.
    public var description: String {
        "\(location): \(severity.rawValue): \(message)"
    }
}
