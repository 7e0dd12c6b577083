import Foundation

/// Where a site lives when no option names its content folder: found from a folder upward, as git
/// finds its repository, so every command works from anywhere inside a site.
///
/// At each folder, from the start upward, the nearest of: the folder itself holding `site.yaml` (it
/// is the content folder, and the site root is its parent), or a `Content/` child holding
/// `site.yaml` (the site root is the folder). Default output and templates folders sit in the site
/// root, as they sit in the current folder when Karta runs at the root of this repository.
public struct SiteRoot: Sendable, Equatable {
    /// The content folder, relative to the start when it is there or above it (`Content`, `.`, `../Content`).
    public var content: String
    /// The folder that default folders such as `Output` and `Templates` are resolved against (`.`, `..`).
    public var folder: String

    /// The file that marks a content folder.
    public static let siteFile = "site.yaml"
    /// The name of the content folder inside a site root, and the default when nothing is found.
    public static let contentFolderName = "Content"

    public init(content: String, folder: String) {
        self.content = content
        self.folder = folder
    }

    /// `name` in the site root, written as short as it goes: `Output` at the root itself, `../Output` above.
    public func resolve(_ name: String) -> String {
        Self.join(folder, name)
    }

    /// The nearest site at or above `start` (a folder path, absolute or relative), or nil when no
    /// folder up to `/` holds one.
    public static func find(from start: String) -> SiteRoot? {
        var candidate = URL(fileURLWithPath: start, isDirectory: true).standardizedFileURL
        var upward = "."
        while true {
            if isRegularFile(candidate.appendingPathComponent(siteFile)) {
                return SiteRoot(content: upward, folder: join(upward, ".."))
            }
            if isRegularFile(candidate.appendingPathComponent(contentFolderName).appendingPathComponent(siteFile)) {
                return SiteRoot(content: join(upward, contentFolderName), folder: upward)
            }
            let parent = candidate.deletingLastPathComponent().standardizedFileURL
            guard parent.path != candidate.path else { return nil }
            candidate = parent
            upward = join(upward, "..")
        }
    }

    /// What to say when `find` found nothing: where it looked and the option that fixes it.
    public static func notFoundMessage(from start: String) -> String {
        "no \(siteFile) found in \(start) or any parent folder, nor in a \(contentFolderName)/ folder of one; pass --content DIR"
    }

    /// `base/name` without a leading `./` or a doubled `/`.
    public static func join(_ base: String, _ name: String) -> String {
        base == "." ? name : (base.hasSuffix("/") ? base : base + "/") + name
    }

    private static func isRegularFile(_ url: URL) -> Bool {
        FileKind(atPath: url.path) == .regular
    }
}
