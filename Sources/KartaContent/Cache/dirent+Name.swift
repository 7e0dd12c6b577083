import Foundation

extension dirent {
    /// The entry's name: `d_name` up to its NUL.
    var name: String {
        withUnsafeBytes(of: d_name) { bytes in String(cString: bytes.baseAddress!.assumingMemoryBound(to: CChar.self)) }
    }
}
