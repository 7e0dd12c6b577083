import FlyingSocks
import Foundation

/// Where the preview listens: an IP address (or `localhost`) and a port.
public struct ListenAddress: Sendable, Equatable {
    public var host: String
    /// 0 lets the system pick a free port.
    public var port: UInt16

    public init(host: String = "127.0.0.1", port: UInt16 = 8000) {
        self.host = host
        self.port = port
    }

    /// `localhost`, 127.0.0.0/8 and ::1: addresses only this machine can reach.
    public var isLoopback: Bool {
        let name = literal.lowercased()
        if name == "::1" || name == "0:0:0:0:0:0:0:1" { return true }
        let ipv4 = name.hasPrefix("::ffff:") ? String(name.dropFirst(7)) : name
        let parts = ipv4.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// The address as a URL, IPv6 in brackets: `http://127.0.0.1:8000/`.
    public func url(port actualPort: UInt16? = nil) -> String {
        let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "http://\(shown):\(actualPort ?? port)/"
    }

    /// The host without IPv6 brackets, `localhost` as 127.0.0.1.
    var literal: String {
        if host.lowercased() == "localhost" { return "127.0.0.1" }
        return host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    }

    /// Why the host cannot be listened on, before anything else is read or built; nil when it can.
    public var problem: ServeError? {
        do throws(ServeError) {
            _ = try socketAddress()
            return nil
        } catch {
            return error
        }
    }

    func socketAddress() throws(ServeError) -> any SocketAddress {
        do {
            return literal.contains(":") ? try sockaddr_in6.inet6(ip6: literal, port: port) : try sockaddr_in.inet(ip4: literal, port: port)
        } catch {
            throw ServeError("--host \(host) is not an IP address; give one of this machine's addresses, such as 127.0.0.1, ::1 or localhost")
        }
    }
}
