import Foundation
import KartaContent

/// The list of files Karta wrote into an output folder, kept in the folder as `.karta-manifest`.
///
/// It is Karta's proof of ownership: a folder is replaced only when every file in it (but the
/// top-level dot-entries, which are carried over) is one the manifest names, and a leftover folder
/// beside the output is removed only when it carries one. The presence of some well-known file
/// (`data/index.json`) proved nothing: any folder can hold one, and a thesis beside it was deleted.
public struct OutputManifest: Equatable, Sendable {
    /// What wrote the folder; a site's manifest does not let a diff replace the folder, nor the reverse.
    public enum Kind: String, Sendable {
        case site, diff
    }

    public static let fileName = ".karta-manifest"
    static let header = "karta-manifest 1"

    public var kind: Kind
    /// Site-relative paths of the files written, sorted.
    public var paths: [String]

    public init(kind: Kind, paths: [String]) {
        self.kind = kind
        self.paths = paths.filter { $0 != Self.fileName }.sorted()
    }

    /// `karta-manifest 1 site`, then one path per line: plain text, deterministic.
    public var file: OutputFile {
        var text = "\(Self.header) \(kind.rawValue)\n"
        for path in paths { text += path + "\n" }
        return OutputFile(path: Self.fileName, text: text)
    }

    /// The manifest of `folder`, or nil when it has none (or one Karta did not write).
    public static func read(in folder: String) -> OutputManifest? {
        let path = folder + "/" + fileName
        guard FileKind(atPath: path) == .regular, let data = FileManager.default.contents(atPath: path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard let first = lines.first, first.hasPrefix(header + " "), let kind = Kind(rawValue: String(first.dropFirst(header.count + 1))) else {
            return nil
        }
        return OutputManifest(kind: kind, paths: lines.dropFirst().map(String.init))
    }

    /// Entries of `folder` that this manifest does not account for: files it does not name, at any
    /// depth, but the dot-entries at the top (`.git`, `.nojekyll`), which every build carries over.
    /// Folders count only through what they hold. Sorted; at most `limit`.
    public func foreignEntries(in folder: String, limit: Int = 10) -> [String] {
        let known = Set(paths)
        var found: [String] = []
        var pending = [""]
        while let relative = pending.popLast(), found.count < limit {
            let full = relative.isEmpty ? folder : folder + "/" + relative
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []).sorted()
            for name in names {
                if relative.isEmpty, name.hasPrefix(".") { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                if FileKind(atPath: folder + "/" + path) == .directory {
                    pending.append(path)
                } else if !known.contains(path) {
                    found.append(path)
                }
            }
        }
        return Array(found.sorted().prefix(limit))
    }
}
