import FlyingSocks
import Foundation

/// The preview's listening socket and what answers on it: bound when made, so a port that is taken
/// is known before anything is built, and serving only once `run` is called.
///
/// FlyingSocks gives the sockets and the event loop; the HTTP is Karta's own (`HTTPConnection`),
/// bounded in size and time.
/// `@unchecked`: the one mutable field, whether the socket is closed, is read and written under `lock`.
final class HTTPListener: @unchecked Sendable {
    typealias Handler = @Sendable (HTTPRequestHead) async -> HTTPResponse

    let socket: Socket
    /// The port bound, the system's pick when 0 was asked for.
    let port: UInt16
    let limits: HTTPLimits
    private let lock = NSLock()
    private var isClosed = false

    init(_ address: ListenAddress, limits: HTTPLimits) throws(ServeError) {
        let socketAddress = try address.socketAddress()
        self.limits = limits
        do {
            socket = try Socket(domain: Int32(type(of: socketAddress).family))
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: socketAddress)
            try socket.listen()
            switch try socket.sockname() {
            case .ip4(_, let port), .ip6(_, let port): self.port = port
            case .unix: throw SocketError.unsupportedAddress
            }
        } catch {
            throw Self.explain(error, address: address)
        }
    }

    /// Accepts connections and serves each on a task of its own until cancelled or closed.
    func run(_ handler: @escaping Handler) async throws {
        let pool: some AsyncSocketPool = .make()
        try await pool.prepare()
        let listening = try AsyncSocket(socket: socket, pool: pool)
        let limits = limits
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask {
                try await withThrowingDiscardingTaskGroup { connections in
                    while true {
                        guard let client = try await Self.accept(on: listening) else { continue }
                        connections.addTask { await HTTPConnection(socket: client, limits: limits, handler: handler).serve() }
                    }
                }
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// The next client, or nil when this accept failed for a reason that passes: out of descriptors
    /// (they come back as connections time out, so it waits a moment) or a client gone before it
    /// was accepted. Anything else ends the server.
    private static func accept(on listening: AsyncSocket) async throws -> AsyncSocket? {
        do {
            return try await listening.accept()
        } catch SocketError.failed(_, let number, _) where [EMFILE, ENFILE, ENOBUFS, ENOMEM, ECONNABORTED].contains(number) {
            if number != ECONNABORTED { try await Task.sleep(for: .milliseconds(100)) }
            return nil
        }
    }

    /// Stops listening. Closing twice could close a descriptor the system has since given to
    /// another socket, so only the first call closes.
    func close() {
        let first = lock.withLock {
            defer { isClosed = true }
            return !isClosed
        }
        if first { try? socket.close() }
    }

    deinit {
        close()
    }

    /// Why binding failed, in the terms of `--host` and `--port`.
    static func explain(_ error: any Error, address: ListenAddress) -> ServeError {
        guard case .failed(_, let number, let message) = error as? SocketError else {
            return ServeError("cannot listen at \(address.url()): \(error)")
        }
        switch number {
        case EADDRINUSE:
            return ServeError("port \(address.port) at \(address.host) is already in use; stop what listens there, or give another port (--port 0 picks a free one)")
        case EACCES:
            return ServeError("port \(address.port) needs privileges this user does not have; give a port above 1023 (--port 0 picks a free one)")
        case EADDRNOTAVAIL:
            return ServeError("--host \(address.host) is not an address of this machine; give one of its addresses, such as 127.0.0.1, ::1 or localhost")
        default:
            return ServeError("cannot listen at \(address.url()): \(message)")
        }
    }
}
