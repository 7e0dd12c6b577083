#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path names, read with `lstat`: nothing is opened and no link is followed, so a FIFO or a
/// device can be recognised without blocking on it.
public enum FileKind: Equatable, Sendable {
    case missing, regular, directory, symbolicLink, fifo, characterDevice, blockDevice, socket

    public init(atPath path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            self = .missing
            return
        }
        self = switch status.st_mode & S_IFMT {
        case S_IFREG: .regular
        case S_IFDIR: .directory
        case S_IFLNK: .symbolicLink
        case S_IFIFO: .fifo
        case S_IFCHR: .characterDevice
        case S_IFBLK: .blockDevice
        default: .socket
        }
    }

    /// FIFOs, devices and sockets: reading one can block or never end, writing one reaches a device.
    public var isSpecial: Bool {
        switch self {
        case .fifo, .characterDevice, .blockDevice, .socket: true
        default: false
        }
    }

    /// The kind in words, for messages: "a named pipe (FIFO)".
    public var described: String {
        switch self {
        case .missing: "nothing"
        case .regular: "a file"
        case .directory: "a folder"
        case .symbolicLink: "a symbolic link"
        case .fifo: "a named pipe (FIFO)"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .socket: "a socket"
        }
    }
}
