/// Finds request heads in the bytes of one connection, in time linear in what was received.
///
/// FlyingFox 0.27.1 read a line one byte at a time through async iterators and compared a suffix
/// after every byte; a 200 KB request line took 44–70 s and, with two of them, held every other
/// request. Here each byte is looked at once: `append` scans only what is new for the line end, and
/// the limits are checked as the bytes come, so an oversized line is refused after `limit` bytes,
/// not after it ends.
public struct HTTPHeadParser: Sendable {
    public let limits: HTTPLimits
    /// Received and not yet taken by a request.
    private(set) var bytes: [UInt8] = []
    /// Where the line being read starts, and how far it is known to hold no line feed.
    private var lineStart = 0
    private var scanned = 0
    private var requestLine: (method: String, target: String, minorVersion: Int)?
    private var headers: [(name: String, value: String)] = []
    private var headerStart = 0
    private var skippedEmptyLine = false

    public init(limits: HTTPLimits = HTTPLimits()) {
        self.limits = limits
    }

    /// True when no byte of the next request has come yet.
    public var isAwaitingRequest: Bool { bytes.isEmpty }

    /// Adds received bytes; returns the head once it is complete. Bytes after it (a pipelined
    /// request, or a body) stay for `takeBytes` and the next call.
    public mutating func append(_ chunk: some Collection<UInt8>) throws(HTTPRequestError) -> HTTPRequestHead? {
        bytes.append(contentsOf: chunk)
        return try parse()
    }

    /// Takes up to `count` bytes that came after the head: the body, which the preview drops.
    public mutating func takeBytes(upTo count: Int) -> Int {
        let taken = min(count, bytes.count)
        bytes.removeFirst(taken)
        return taken
    }

    private mutating func parse() throws(HTTPRequestError) -> HTTPRequestHead? {
        while let end = bytes[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
            var line = bytes[lineStart..<end]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            lineStart = end + 1
            scanned = lineStart
            if let head = try take(line) {
                bytes.removeFirst(lineStart)
                reset()
                return head
            }
        }
        scanned = bytes.count
        // A line still without its end is refused as soon as it is too long.
        if requestLine == nil {
            try checkRequestLine(length: bytes.count - lineStart)
        } else {
            try checkHeaders(length: bytes.count - headerStart)
        }
        return nil
    }

    private func checkRequestLine(length: Int) throws(HTTPRequestError) {
        if length > limits.requestLineBytes { throw HTTPRequestError(414, "The request line is longer than \(limits.requestLineBytes) bytes.") }
    }

    private func checkHeaders(length: Int) throws(HTTPRequestError) {
        if length > limits.headerBytes { throw HTTPRequestError(431, "The request headers are longer than \(limits.headerBytes) bytes.") }
    }

    private mutating func take(_ line: ArraySlice<UInt8>) throws(HTTPRequestError) -> HTTPRequestHead? {
        guard let (method, target, minorVersion) = requestLine else {
            // RFC 9112 §2.2: one empty line before a request is tolerated; more is not a request.
            if line.isEmpty, !skippedEmptyLine {
                skippedEmptyLine = true
                return nil
            }
            try checkRequestLine(length: line.count)
            requestLine = try Self.requestLine(line)
            headerStart = lineStart
            return nil
        }
        try checkHeaders(length: lineStart - headerStart)
        guard !line.isEmpty else {
            let head = HTTPRequestHead(method: method, target: target, minorVersion: minorVersion, headers: headers)
            try Self.checkFraming(head)
            return head
        }
        headers.append(try Self.header(line))
        return nil
    }

    private mutating func reset() {
        lineStart = 0
        scanned = 0
        requestLine = nil
        headers = []
        headerStart = 0
        skippedEmptyLine = false
    }
}
