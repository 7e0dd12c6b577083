/// Why the preview could not start, worded for the terminal.
public struct ServeError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
