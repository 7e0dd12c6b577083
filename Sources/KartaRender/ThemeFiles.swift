import Foundation
import KartaContent
import KartaModel
import KartaTheme

/// The files a site's templates and assets come from: a templates folder, laid over the built-in
/// theme when `overBuiltIn` (as a Hugo site's layouts over its theme), so a file of the folder
/// replaces the built-in file of the same path and every other file comes from the built-in theme.
public struct ThemeFiles: Sendable {
    /// Every file by its path below the theme's root (`partials/link.mustache`, `assets/karta.css`).
    public let files: [String: ThemeFile]
    /// The templates folder, as given.
    public let folder: String

    public var names: [String] { files.keys.sorted() }

    /// Paths below `assets/` of the files a site copies as they are.
    public var assetNames: [String] {
        names.filter { $0.hasPrefix(Self.assetsFolder) }.map { String($0.dropFirst(Self.assetsFolder.count)) }
    }

    /// The files the folder gave, sorted: with `overBuiltIn`, the ones that replace or add to the built-in theme.
    public var fromFolder: [String] { names.filter { files[$0]?.isBuiltIn == false } }

    public var builtInCount: Int { files.values.filter(\.isBuiltIn).count }

    public func asset(_ name: String) -> ThemeFile? { files[Self.assetsFolder + name] }

    /// Where messages say the file `name` is; a file the theme lacks would be in the folder.
    public func location(of name: String) -> String { files[name]?.location ?? folder + "/" + name }

    static let assetsFolder = "assets/"

    /// The folder's files, over the built-in theme when `overBuiltIn`. Without `overBuiltIn` a missing
    /// folder is an error naming `--templates`; with it, a missing folder leaves the built-in theme as
    /// it is. A FIFO, device or socket anywhere below the folder (`assets/` included) is an error naming
    /// it, found with `lstat`: reading one could block the build for ever.
    public static func gather(folder: String, overBuiltIn: Bool) -> Result<ThemeFiles, Diagnostics> {
        var diagnostics = Diagnostics()
        var files: [String: ThemeFile] = [:]
        if overBuiltIn {
            for name in BuiltInTheme.files.keys { files[name] = .builtIn(name: name) }
        }
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            if overBuiltIn, FileKind(atPath: folder) == .missing { return .success(ThemeFiles(files: files, folder: folder)) }
            diagnostics.error(.noTemplates, "templates folder not found; give the folder of Mustache templates with --templates DIR", at: SourceLocation(file: folder))
            return .failure(diagnostics)
        }
        for entry in (fileManager.subpaths(atPath: folder) ?? []).sorted() {
            let path = folder + "/" + entry
            let kind = FileKind(atPath: path)
            if kind.isSpecial {
                diagnostics.error(
                    .notAFile, "this is \(kind.described), not a file; templates and assets must be plain files",
                    at: SourceLocation(file: path))
            } else if fileManager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                // Links followed: a link to a file is a file of the theme, a link to a folder is not.
                files[entry] = .onDisk(path: path)
            }
        }
        return diagnostics.hasErrors ? .failure(diagnostics) : .success(ThemeFiles(files: files, folder: folder))
    }
}
