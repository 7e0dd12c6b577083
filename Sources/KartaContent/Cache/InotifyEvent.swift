import Foundation

/// One event read from a Linux `inotify` descriptor: the watch it came from, what happened, and the name
/// it concerns in the watched folder ("" when it concerns the folder itself).
public struct InotifyEvent {
    public let watch: Int32
    public let mask: UInt32
    public let name: String

    /// The events in `bytes` (what one `read` of the descriptor gave), in order, until `body` returns false.
    public static func forEach(in bytes: ArraySlice<UInt8>, _ body: (InotifyEvent) -> Bool) {
        bytes.withUnsafeBytes { raw in
            let header = MemoryLayout<inotify_event>.size
            var offset = 0
            while offset + header <= raw.count {
                let watch = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let nameBytes = raw[(offset + header)..<min(raw.count, offset + header + length)]
                offset += header + length
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                guard body(InotifyEvent(watch: watch, mask: mask, name: name)) else { return }
            }
        }
    }
}
