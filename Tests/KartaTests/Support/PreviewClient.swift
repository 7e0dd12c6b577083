import FlyingSocks
import Foundation
import Testing

/// Plain HTTP/1.1 to a preview server on 127.0.0.1 over a socket of its own: the request target is
/// sent exactly as given (no client tidies `..` or trailing slashes away), and no proxy is in between.
struct PreviewClient {
    struct Response {
        var status: Int
        /// Header names in lower case.
        var headers: [String: String]
        var text: String

        /// `data-after` of the page's reload script: the build the page was served from.
        var generation: Int? {
            text.firstMatch(of: /data-after="(\d+)"/).flatMap { Int($0.output.1) }
        }

        var session: String? {
            text.firstMatch(of: /data-session="([^"]+)"/).map { String($0.output.1) }
        }
    }

    let port: UInt16

    func get(_ target: String, method: String = "GET") async throws -> Response {
        let socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        defer { try? socket.close() }
        try await socket.write(Data("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8))
        var received: [UInt8] = []
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        while true {
            if let end = received.firstRange(of: separator) {
                let head = String(decoding: received[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
                var headers: [String: String] = [:]
                for line in head.dropFirst() {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
                let status = try #require(Int(head[0].split(separator: " ")[1]), "\(head[0])")
                let length = try #require(headers["content-length"].flatMap(Int.init), "no Content-Length: \(head)")
                let expected = method == "HEAD" ? 0 : length
                if received.count - end.upperBound >= expected {
                    let body = received[end.upperBound..<(end.upperBound + expected)]
                    return Response(status: status, headers: headers, text: String(decoding: body, as: UTF8.self))
                }
            }
            received += try await socket.read(atMost: 65536)
        }
    }

    /// Listens to the reload events, as `EventSource` does, until one comes: the generation it names.
    func nextReload(after page: Response) async throws -> Int {
        let generation = try #require(page.generation, "the page has no reload script")
        let session = try #require(page.session)
        while true {
            let stream = try await get("/__karta/events?after=\(generation)&session=\(session)")
            #expect(stream.status == 200)
            #expect(stream.headers["content-type"]?.hasPrefix("text/event-stream") == true)
            #expect(stream.text.hasPrefix("retry: 500\n\n"))
            if let reload = stream.text.firstMatch(of: /event: reload\ndata: (\d+)\n\n/) {
                return try #require(Int(reload.output.1))
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Fetches `target` until `condition` holds (a build may still be writing), at most `attempts` times.
    func get(_ target: String, until condition: (Response) -> Bool, attempts: Int = 200) async throws -> Response {
        var response = try await get(target)
        for _ in 1..<attempts where !condition(response) {
            try await Task.sleep(for: .milliseconds(50))
            response = try await get(target)
        }
        return response
    }
}

/// Bytes sent exactly as given, for requests no well-behaved client would make.
extension PreviewClient {
    /// Everything the server sends back before it closes the connection.
    struct RawReply {
        var bytes: [UInt8]
        var text: String { String(decoding: bytes, as: UTF8.self) }
        /// The status of the first response, nil when the server closed without answering.
        var status: Int? { text.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) } }
        var closedSilently: Bool { bytes.isEmpty }
    }

    func connect() async throws -> AsyncSocket {
        try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port))
    }

    /// Sends `request` and reads until the server closes.
    func exchange(_ request: [UInt8]) async throws -> RawReply {
        let socket = try await connect()
        defer { try? socket.close() }
        try await socket.write(Data(request))
        return try await Self.readUntilClosed(socket)
    }

    func exchange(_ request: String) async throws -> RawReply {
        try await exchange(Array(request.utf8))
    }

    static func readUntilClosed(_ socket: AsyncSocket) async throws -> RawReply {
        var received: [UInt8] = []
        while true {
            do {
                received += try await socket.read(atMost: 65536)
            } catch SocketError.disconnected {
                return RawReply(bytes: received)
            }
        }
    }
}
