import Foundation

/// Text as a dictionary key, compared and hashed by its UTF-8 bytes.
///
/// `String`'s own equality is canonical equivalence and its hash normalises every non-ASCII string first,
/// which made a lookup by a Russian text a twentieth of a region build. A memo keyed by bytes also keeps
/// two spellings of one word apart, so each gets back the bytes it was made from.
public struct TextKey: Hashable, Sendable {
    public let text: Substring

    public init(_ text: Substring) { self.text = text }
    public init(_ text: String) { self.text = text[...] }

    public static func == (left: TextKey, right: TextKey) -> Bool { bytesEqual(left.text, right.text) }

    /// Byte equality of two texts: lengths first, then one `memcmp` over contiguous storage.
    public static func bytesEqual<Left: StringProtocol, Right: StringProtocol>(_ left: Left, _ right: Right) -> Bool {
        guard left.utf8.count == right.utf8.count else { return false }
        let compared = left.utf8.withContiguousStorageIfAvailable { leftBytes in
            right.utf8.withContiguousStorageIfAvailable { rightBytes in
                leftBytes.count == 0 || memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, leftBytes.count) == 0
            }
        }
        return (compared ?? nil) ?? left.utf8.elementsEqual(right.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}
