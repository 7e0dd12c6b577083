/// The owner's emblem or logo: a file at the top of the content folder, read at load so that the
/// build publishes exactly what was checked.
public struct SiteEmblem: Sendable, Equatable {
    /// Its name in the content folder (`emblem.svg`), kept in the published address.
    public var fileName: String
    public var bytes: [UInt8]

    public init(fileName: String, bytes: [UInt8]) {
        self.fileName = fileName
        self.bytes = bytes
    }

    /// Image formats an emblem may have: those every browser shows in `<img>`.
    public static let fileExtensions: Set<String> = ["svg", "png", "jpg", "jpeg", "webp", "gif"]

    /// Whether a file name ends in one of `fileExtensions`, in any case.
    public static func isImage(_ fileName: String) -> Bool {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return false }
        return fileExtensions.contains(fileName[fileName.index(after: dot)...].lowercased())
    }
}
