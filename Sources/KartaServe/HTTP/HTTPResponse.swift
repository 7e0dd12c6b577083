import Foundation

/// A whole answer, body in memory: the preview's files are small and every one is read fresh.
public struct HTTPResponse: Sendable {
    public var status: Int
    /// Names as written on the wire; `Content-Length` and `Connection` are added when encoding.
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A short plain-text answer, for refusals.
    init(status: Int, text: String, also extra: [(name: String, value: String)] = []) {
        self.init(status: status, headers: [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-store")] + extra, body: Data((text + "\n").utf8))
    }

    /// The first value of a header, by its name in any case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Status line, headers and, unless the request was HEAD, the body. The length is always sent,
    /// HEAD included (RFC 9110 §9.3.2), so a kept-alive connection knows where the answer ends.
    func encoded(head: Bool, keepAlive: Bool) -> Data {
        var text = "HTTP/1.1 \(status) \(Self.reasons[status] ?? "Status")\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(body.count)\r\nConnection: \(keepAlive ? "keep-alive" : "close")\r\n\r\n"
        var data = Data(text.utf8)
        if !head { data.append(body) }
        return data
    }

    static let reasons = [
        200: "OK", 301: "Moved Permanently", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed",
        413: "Content Too Large", 414: "URI Too Long", 431: "Request Header Fields Too Large", 500: "Internal Server Error",
        501: "Not Implemented", 505: "HTTP Version Not Supported",
    ]
}
