/// A template that cannot be compiled, at the line and column (both from 1) where reading stopped.
public struct TemplateSyntaxError: Error, Sendable, Equatable {
    public var message: String
    public var line: Int
    public var column: Int

    public init(_ message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }
}
