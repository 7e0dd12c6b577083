import Foundation
import KartaTheme

/// One file of a site's theme: a file of its templates folder, or one of the built-in theme.
public enum ThemeFile: Sendable, Equatable {
    /// The file's path on disk; read when needed, so assets are not all held in memory.
    case onDisk(path: String)
    /// The file's path below the built-in theme's root.
    case builtIn(name: String)

    /// Where messages say the file is.
    public var location: String {
        switch self {
        case .onDisk(let path): path
        case .builtIn(let name): BuiltInTheme.label + "/" + name
        }
    }

    public var isBuiltIn: Bool {
        if case .builtIn = self { return true }
        return false
    }

    /// The file's bytes; nil when a file on disk could not be read.
    public func data() -> Data? {
        switch self {
        case .onDisk(let path): FileManager.default.contents(atPath: path)
        case .builtIn(let name): BuiltInTheme.files[name]
        }
    }
}
