/// How much a client may send and how long it may take: what keeps one slow or hostile client
/// from holding the preview. The sizes are nginx's defaults for the request line and close to its
/// header buffers; the header deadline is shorter than nginx's 60 s because the preview only
/// ever talks to a browser on the same machine.
public struct HTTPLimits: Sendable, Equatable {
    /// The request line, without its line end; longer gets 414.
    public var requestLineBytes = 8 * 1024
    /// All header lines together, line ends included; more gets 431.
    public var headerBytes = 64 * 1024
    /// A request body the preview reads and throws away (it never needs one); larger gets 413.
    public var bodyBytes = 64 * 1024
    /// From the first byte of a request (or from the connection, for its first request) until its
    /// headers are complete; a client that takes longer is closed.
    public var headerTimeout: Duration = .seconds(10)
    /// A kept-alive connection with no new request for this long is closed.
    public var idleTimeout: Duration = .seconds(30)
    /// After a refused request, how long unread bytes are read and dropped before closing, so the
    /// client receives the answer instead of a reset.
    public var lingerTimeout: Duration = .seconds(1)

    public init() {}
}
