/// A request the preview refuses before it reaches the site: the status to answer with, and a
/// line saying why. The connection is closed after the answer.
public struct HTTPRequestError: Error, Equatable, Sendable {
    public var status: Int
    public var reason: String

    public init(_ status: Int, _ reason: String) {
        self.status = status
        self.reason = reason
    }

    static func malformed(_ reason: String) -> Self { Self(400, reason) }
}
