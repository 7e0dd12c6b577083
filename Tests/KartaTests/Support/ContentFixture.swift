import Foundation
import KartaContent
import KartaModel
import KartaSite

/// A writable copy of the valid fixture site in a temporary folder, which a test changes one file
/// at a time to produce exactly the bad input it is about.
struct ContentFixture {
    /// The content folder; diagnostics name files as `root.path + "/" + relative`.
    let root: URL

    /// Copies `Fixtures/valid` to `folder/name`.
    static func copyOfValid(in folder: URL, named name: String = "content") throws -> ContentFixture {
        let root = folder.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.copyItem(at: TestPaths.validContent, to: root)
        return ContentFixture(root: root)
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// The file name a diagnostic about `relative` carries.
    func displayPath(_ relative: String) -> String { root.path + "/" + relative }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    func write(_ text: String, to relative: String) throws {
        try write(Data(text.utf8), to: relative)
    }

    func write(_ data: Data, to relative: String) throws {
        let file = url(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    func createFolder(_ relative: String) throws {
        try FileManager.default.createDirectory(at: url(relative), withIntermediateDirectories: true)
    }

    /// Replaces the single occurrence of `old` in `relative` with `new` and returns where `marker`
    /// (a piece of `new`; all of `new` when omitted) now starts in the file.
    @discardableResult
    func replace(_ old: String, with new: String, in relative: String, pointingAt marker: String? = nil) throws -> TextPosition {
        let text = try read(relative)
        guard let range = text.range(of: old) else { throw FixtureError("'\(old)' is not in \(relative)") }
        guard text.range(of: old, range: range.upperBound..<text.endIndex) == nil else {
            throw FixtureError("'\(old)' occurs more than once in \(relative); use a longer snippet")
        }
        let changed = text.replacingCharacters(in: range, with: new)
        try write(changed, to: relative)
        let start = changed.index(changed.startIndex, offsetBy: text.distance(from: text.startIndex, to: range.lowerBound))
        let target = marker ?? new
        guard new.contains(target), let position = TextPosition.of(target, in: changed, from: start) else {
            throw FixtureError("marker '\(target)' is not part of the replacement text")
        }
        return position
    }

    func load() -> ContentLoader.Result {
        ContentLoader(root: root.path).load()
    }

    /// A builder that reads this content with the project's real templates.
    func builder(output: URL) -> SiteBuilder {
        SiteBuilder(content: root.path, templates: TestPaths.templates.path, output: output.path)
    }
}
