import Foundation
import KartaContent

/// A path as the file system will really follow it: absolute, `.` and `..` applied, and every
/// symbolic link of its nearest existing ancestor resolved, even when the path itself does not exist
/// yet. Comparing unresolved paths is how a new output folder under a link into `Content/` got
/// written inside the content (and how Zola's `serve` once leaked files, getzola/zola#2257).
public enum ResolvedPath {
    public static func of(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var existing = absolute
        var missing: [String] = []
        while FileKind(atPath: existing) == .missing, existing != "/" {
            missing.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
            if existing.isEmpty { existing = "/" }
        }
        var resolved = realpath(existing) ?? existing
        for component in missing {
            // `..` after a link was already applied by standardizing; a link's own `..` cannot occur in a
            // component that does not exist.
            resolved = resolved == "/" ? "/" + component : resolved + "/" + component
        }
        return resolved.count > 1 && resolved.hasSuffix("/") ? String(resolved.dropLast()) : resolved
    }

    /// True when `inner` is `outer` or lies inside it (both resolved).
    public static func contains(_ outer: String, _ inner: String) -> Bool {
        outer == inner || outer == "/" || inner.hasPrefix(outer + "/")
    }

    private static func realpath(_ path: String) -> String? {
        guard let pointer = Foundation.realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
