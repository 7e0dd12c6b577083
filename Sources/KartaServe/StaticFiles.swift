import Foundation

/// Maps a request path onto a file of the output folder, and never onto anything outside it.
///
/// The path is split on `/` before it is percent-decoded, so an encoded `%2F` cannot join segments;
/// `.` and `..`, hidden names, NUL and backslashes are refused whether written plainly or encoded.
/// What is left is resolved with `realpath`, so a symbolic link that leads out of the folder is not
/// followed either.
public struct StaticFiles: Sendable {
    public enum Resolution: Equatable, Sendable {
        /// A regular file inside the folder, by its resolved path.
        case file(path: String, contentType: String)
        /// A folder asked for without its trailing slash: `Location` of the 301.
        case redirect(location: String)
        case notFound
    }

    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    public func resolve(_ percentEncodedPath: String) -> Resolution {
        guard let segments = Self.segments(of: percentEncodedPath), let root = Self.realPath(folder) else { return .notFound }
        let candidate = ([root] + segments).joined(separator: "/")
        guard let resolved = Self.contained(candidate, in: root), let kind = Self.kind(of: resolved) else { return .notFound }
        let askedForFolder = percentEncodedPath.hasSuffix("/")
        switch kind {
        case .directory where askedForFolder:
            guard let index = Self.contained(resolved + "/index.html", in: root), Self.kind(of: index) == .file else { return .notFound }
            return .file(path: index, contentType: MediaType.of(index))
        case .directory:
            let encoded = segments.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? $0 }
            return .redirect(location: "/" + encoded.joined(separator: "/") + "/")
        case .file where !askedForFolder:
            return .file(path: resolved, contentType: MediaType.of(resolved))
        case .file:
            return .notFound
        }
    }

    /// The site's own `404.html`, when the build wrote one.
    public var notFoundPage: String? {
        guard let root = Self.realPath(folder), let page = Self.contained(root + "/404.html", in: root), Self.kind(of: page) == .file else { return nil }
        return page
    }

    /// The decoded, non-empty segments of a path, or nil when one of them could leave the folder or
    /// names something that is not served.
    static func segments(of percentEncodedPath: String) -> [String]? {
        guard percentEncodedPath.hasPrefix("/") else { return nil }
        var segments: [String] = []
        for raw in percentEncodedPath.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = raw.removingPercentEncoding, !segment.isEmpty else { return nil }
            guard !segment.hasPrefix("."), !segment.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\0" }) else { return nil }
            segments.append(segment)
        }
        return segments
    }

    private enum Kind { case file, directory }

    private static func kind(of path: String) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return nil
        }
    }

    /// `path` with every link resolved, when that is `root` or below it.
    private static func contained(_ path: String, in root: String) -> String? {
        guard let resolved = realPath(path), resolved == root || resolved.hasPrefix(root + "/") else { return nil }
        return resolved
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
