import FlyingSocks
import Foundation

/// One client of the preview: requests read with `HTTPHeadParser` under the limits, each answered
/// by the handler, the connection kept while the client asks for it and closed when it idles.
struct HTTPConnection {
    let socket: AsyncSocket
    let limits: HTTPLimits
    let handler: HTTPListener.Handler
    private let clock = ContinuousClock()

    init(socket: AsyncSocket, limits: HTTPLimits, handler: @escaping HTTPListener.Handler) {
        self.socket = socket
        self.limits = limits
        self.handler = handler
    }

    func serve() async {
        defer { try? socket.close() }
        var parser = HTTPHeadParser(limits: limits)
        // The first request's whole head is due within the header timeout of connecting; later
        // ones may wait the idle timeout for their first byte.
        var idleUntil = clock.now + limits.headerTimeout
        var headBy: ContinuousClock.Instant? = idleUntil
        while true {
            let head: HTTPRequestHead
            do {
                head = try await readHead(&parser, idleUntil: idleUntil, headBy: headBy)
                try await dropBody(of: head, from: &parser)
            } catch let refusal as HTTPRequestError {
                await refuse(refusal)
                return
            } catch {
                return  // timed out, disconnected or cancelled: nothing to answer
            }
            let keepAlive = head.keepsAlive
            let response = await handler(head)
            let sent = response.encoded(head: head.method == "HEAD", keepAlive: keepAlive)
            guard (try? await socket.write(sent, before: clock.now + limits.idleTimeout)) != nil, keepAlive else { return }
            idleUntil = clock.now + limits.idleTimeout
            headBy = nil
        }
    }

    private func readHead(_ parser: inout HTTPHeadParser, idleUntil: ContinuousClock.Instant, headBy fixed: ContinuousClock.Instant?) async throws -> HTTPRequestHead {
        var headBy = fixed ?? (parser.isAwaitingRequest ? nil : clock.now + limits.headerTimeout)
        // A request pipelined behind the last one may already be whole.
        if let head = try parser.append(EmptyCollection()) { return head }
        while true {
            let chunk = try await socket.read(atMost: 16 * 1024, before: headBy ?? idleUntil)
            if headBy == nil { headBy = clock.now + limits.headerTimeout }
            if let head = try parser.append(chunk) { return head }
        }
    }

    /// The preview needs no request body; a small one is read and dropped, so the connection
    /// stays in step, a larger one refused.
    private func dropBody(of head: HTTPRequestHead, from parser: inout HTTPHeadParser) async throws {
        let length = HTTPHeadParser.bodyLength(of: head)
        guard length <= limits.bodyBytes else { throw HTTPRequestError(413, "The preview takes request bodies of at most \(limits.bodyBytes) bytes.") }
        var remaining = length - parser.takeBytes(upTo: length)
        let deadline = clock.now + limits.headerTimeout
        while remaining > 0 {
            remaining -= try await socket.read(atMost: min(remaining, 16 * 1024), before: deadline).count
        }
    }

    /// Answers a refused request and closes. The write side is shut first and what the client
    /// still sends is read and dropped for a moment (nginx's lingering close): closing with unread
    /// bytes would make the kernel send a reset, and the client could lose the answer.
    private func refuse(_ refusal: HTTPRequestError) async {
        let response = HTTPResponse(status: refusal.status, text: refusal.reason)
        guard (try? await socket.write(response.encoded(head: false, keepAlive: false), before: clock.now + limits.lingerTimeout)) != nil else { return }
        _ = shutdown(socket.socket.file.rawValue, Int32(SHUT_WR))
        let deadline = clock.now + limits.lingerTimeout
        var dropped = 0
        while dropped < 1 << 20, let chunk = try? await socket.read(atMost: 16 * 1024, before: deadline) {
            dropped += chunk.count
        }
    }
}
