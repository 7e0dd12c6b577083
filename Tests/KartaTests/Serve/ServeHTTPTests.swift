import FlyingSocks
import Foundation
@testable import KartaServe
import Testing

/// The preview as a web server, whatever the client sends: requests parsed in linear time under
/// size limits answered 414/431 at once, slow and idle clients closed, malformed requests 400,
/// other methods 405, other versions 505. The timeout tests shorten only the timeout they test, so
/// the others hold on a machine busy with the rest of the suite.
@Suite("Serve: HTTP limits and refusals", .timeLimit(.minutes(1)))
struct ServeHTTPTests {
    /// A listener answering from a one-page site in a temporary folder.
    func withListener(_ limits: HTTPLimits = HTTPLimits(), _ body: (PreviewClient) async throws -> Void) async throws {
        try await withTemporaryDirectoryAsync { folder in
            try Data("<html><body><p>home</p></body></html>".utf8).write(to: folder.appendingPathComponent("index.html"))
            let listener = try HTTPListener(ListenAddress(host: "127.0.0.1", port: 0), limits: limits)
            let responder = SiteResponder(outputFolder: folder.path, status: BuildStatus(outputFolder: folder.path))
            let serving = Task { try await listener.run { await responder.response(to: $0) } }
            defer {
                serving.cancel()
                listener.close()
            }
            try await body(PreviewClient(port: listener.port))
        }
    }

    @Test func twoLongRequestLinesAreRefusedWhileAnotherRequestIsAnswered() async throws {
        try await withListener { client in
            let long = "GET /" + String(repeating: "a", count: 200_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"
            async let first = client.exchange(long)
            async let second = client.exchange(long)
            let normal = try await client.get("/")
            #expect(normal.status == 200)
            #expect(normal.text.contains("home"))
            for reply in [try await first, try await second] {
                #expect(reply.status == 414, "\(reply.text.prefix(80))")
                #expect(reply.text.contains("Connection: close"))
            }
        }
    }

    @Test func headersOverTheLimitAre431() async throws {
        try await withListener { client in
            let headers = (0..<100).map { "X-Filler-\($0): \(String(repeating: "b", count: 1000))\r\n" }.joined()
            let reply = try await client.exchange("GET / HTTP/1.1\r\nHost: x\r\n\(headers)\r\n")
            #expect(reply.status == 431)
            let oneHuge = try await client.exchange("GET / HTTP/1.1\r\nHost: x\r\nX-Huge: \(String(repeating: "c", count: 70_000))")
            #expect(oneHuge.status == 431, "refused before the line ends")
        }
    }

    @Test func aClientThatDoesNotFinishItsHeadersIsClosed() async throws {
        var limits = HTTPLimits()
        limits.headerTimeout = .milliseconds(300)
        try await withListener(limits) { client in
            let socket = try await client.connect()
            defer { try? socket.close() }
            try await socket.write(Data("GET / HTTP/1.1\r\nHost: x\r\n".utf8))
            let reply = try await PreviewClient.readUntilClosed(socket)
            #expect(reply.closedSilently)
            let silent = try await client.connect()
            defer { try? silent.close() }
            #expect(try await PreviewClient.readUntilClosed(silent).closedSilently, "a connection that sends nothing is closed too")
        }
    }

    @Test func anIdleKeptAliveConnectionIsClosedAfterItsAnswer() async throws {
        var limits = HTTPLimits()
        limits.idleTimeout = .milliseconds(300)
        try await withListener(limits) { client in
            let socket = try await client.connect()
            defer { try? socket.close() }
            try await socket.write(Data("GET / HTTP/1.1\r\nHost: x\r\n\r\nHEAD / HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
            let reply = try await PreviewClient.readUntilClosed(socket)
            #expect(reply.text.components(separatedBy: "HTTP/1.1 200 OK").count == 3, "both pipelined requests answered")
            #expect(reply.text.contains("Connection: keep-alive"))
            #expect(reply.text.components(separatedBy: "<p>home</p>").count == 2, "HEAD has no body")
        }
    }

    @Test(arguments: [
        "\r\n\r\n", "\u{1}\u{2}\u{3}\r\n\r\n", "GET /\r\n\r\n", "GET  / HTTP/1.1\r\nHost: x\r\n\r\n", "GET index.html HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        "GET / HTTX/1.1\r\nHost: x\r\n\r\n",
    ])
    func malformedRequestsAre400(_ request: String) async throws {
        try await withListener { client in
            let reply = try await client.exchange(request)
            #expect(reply.status == 400, "\(reply.text.prefix(80))")
        }
    }

    @Test func binaryBytesAre400() async throws {
        try await withListener { client in
            let reply = try await client.exchange([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0xFF, 0xFE, 0x0D, 0x0A, 0x0D, 0x0A])
            #expect(reply.status == 400)
        }
    }

    @Test func otherMethodsAre405WithAllow() async throws {
        try await withListener { client in
            for method in ["PROPFIND", "POST", "DELETE", "OPTIONS"] {
                let reply = try await client.exchange("\(method) / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc")
                #expect(reply.status == 405, "\(method)")
                #expect(reply.text.contains("Allow: GET, HEAD"), "\(method)")
            }
            #expect(try await client.exchange("OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status == 405)
        }
    }

    @Test func otherVersionsAre505() async throws {
        try await withListener { client in
            #expect(try await client.exchange("GET / HTTP/9.9\r\nHost: x\r\n\r\n").status == 505)
            #expect(try await client.exchange("GET / HTTP/2.0\r\nHost: x\r\n\r\n").status == 505)
            let old = try await client.exchange("GET / HTTP/1.0\r\n\r\n")
            #expect(old.status == 200, "HTTP/1.0 needs no Host")
            #expect(old.text.contains("Connection: close"))
        }
    }

    @Test func aTakenPortFailsWhenTheServerIsMade() throws {
        let first = try HTTPListener(ListenAddress(host: "127.0.0.1", port: 0), limits: HTTPLimits())
        defer { first.close() }
        let configuration = ServeConfiguration(content: "Content", templates: "Templates", output: "Output", address: ListenAddress(host: "127.0.0.1", port: first.port))
        let error = #expect(throws: ServeError.self) { try PreviewServer(configuration, rebuild: { fatalError("nothing is built") }) }
        #expect(error?.description.contains("already in use") == true)
        #expect(error?.description.contains("--port 0") == true)
    }
}

/// The parser alone: the same head however the bytes are cut, the limits to the byte.
@Suite("Serve: request head parser")
struct ServeRequestHeadParserTests {
    let request = "GET /oblast/?after=3&session=a%20b HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\nGET / HTTP/1.1\r\n"

    @Test func theHeadIsTheSameWhetherItComesWholeOrByteByByte() throws {
        var whole = HTTPHeadParser()
        let expected = try #require(try whole.append(Array(request.utf8)))
        #expect(expected.path == "/oblast/")
        #expect(expected.query("after") == "3")
        #expect(expected.query("session") == "a b")
        #expect(expected.header("HOST") == "127.0.0.1")
        #expect(!expected.keepsAlive)
        var bytewise = HTTPHeadParser()
        var heads: [HTTPRequestHead] = []
        for byte in request.utf8 {
            if let head = try bytewise.append([byte]) { heads.append(head) }
        }
        #expect(heads == [expected], "the pipelined start of a second request stays buffered")
        #expect(!bytewise.isAwaitingRequest)
    }

    @Test func theRequestLineLimitIsExact() throws {
        var limits = HTTPLimits()
        limits.requestLineBytes = 64
        let line = { (length: Int) in "GET /" + String(repeating: "a", count: length - 14) + " HTTP/1.1" }
        #expect(line(64).utf8.count == 64)
        var parser = HTTPHeadParser(limits: limits)
        #expect(try parser.append(Array((line(64) + "\r\nHost: x\r\n\r\n").utf8)) != nil)
        var longer = HTTPHeadParser(limits: limits)
        #expect(throws: HTTPRequestError(414, "The request line is longer than 64 bytes.")) { try longer.append(Array((line(65) + "\r\n").utf8)) }
        var unfinished = HTTPHeadParser(limits: limits)
        #expect(throws: HTTPRequestError.self) { try unfinished.append(Array(line(65).utf8)) }
    }
}
