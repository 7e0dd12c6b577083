import Foundation
import KartaContent
import KartaDiff
import Testing

/// Two copies of the diff fixture site: `old` stays as it is, a test edits `new`, then compares them.
struct DiffFixture {
    static let source = TestPaths.fixtures.appendingPathComponent("diff")
    static let roadmap = "oblast/gorod/roadmaps/msoko.yaml"
    static let concept = "oblast/gorod/concept.md"
    static let report = "oblast/gorod/reports/2023.md"

    let old: ContentFixture
    let new: ContentFixture

    static func make(in folder: URL) throws -> DiffFixture {
        let old = folder.appendingPathComponent("old", isDirectory: true)
        let new = folder.appendingPathComponent("new", isDirectory: true)
        try FileManager.default.copyItem(at: source, to: old)
        try FileManager.default.copyItem(at: source, to: new)
        return DiffFixture(old: ContentFixture(root: old), new: ContentFixture(root: new))
    }

    /// Makes the fixture in a temporary folder, lets `edit` change it (its new copy, or both) and compares the two.
    static func diff(_ edit: (DiffFixture) throws -> Void) throws -> ContentDiff {
        try withTemporaryDirectory { folder in
            let fixture = try make(in: folder)
            try edit(fixture)
            return try fixture.diff()
        }
    }

    /// Loads both versions (recording an issue on any content error) and compares them.
    func diff() throws -> ContentDiff {
        try Self.diff(old: old.root, new: new.root)
    }

    static func diff(old: URL, new: URL) throws -> ContentDiff {
        var sides: [ContentDiffer.Side] = []
        for (name, root) in [("old", old), ("new", new)] {
            let loaded = ContentLoader(root: root.path).load()
            #expect(!loaded.diagnostics.hasErrors, "\(name): \(loaded.diagnostics.errors.map(\.description))")
            let content = try #require(loaded.content)
            sides.append(ContentDiffer.Side(content: content, root: root.path, label: VersionLabel(kind: .folder, name: name, detail: nil)))
        }
        return ContentDiffer().diff(old: sides[0], new: sides[1])
    }

    /// The diff of the fixture roadmap after `edit` changed the new copy.
    func roadmap(_ edit: (ContentFixture) throws -> Void) throws -> TableDiff {
        try edit(new)
        return try #require(try diff().table(.roadmap, "msoko"))
    }
}

extension ContentDiff {
    func table(_ kind: DocumentKind, _ id: String) -> TableDiff? {
        for document in documents {
            if case .table(let table) = document, table.kind == kind, table.id == id { return table }
        }
        return nil
    }

    func prose(_ kind: DocumentKind, _ id: String) -> ProseDiff? {
        for document in documents {
            if case .prose(let prose) = document, prose.kind == kind, prose.id == id { return prose }
        }
        return nil
    }

    /// Documents a reviewer would look at, by kind and id.
    var changedDocuments: [String] {
        documents.filter(\.hasChanges).map { "\($0.kind.rawValue):\($0.id)" }
    }
}

extension TableDiff {
    func row(_ id: String) -> RowDiff? { rows.first { $0.id == id } }

    var touchedIDs: [String] { rows.filter(\.isTouched).map(\.id) }
}

extension ContentFixture {
    /// Takes the single occurrence of `snippet` out of `relative`.
    func remove(_ snippet: String, in relative: String) throws {
        let text = try read(relative)
        guard let range = text.range(of: snippet) else { throw FixtureError("'\(snippet)' is not in \(relative)") }
        try write(text.replacingCharacters(in: range, with: ""), to: relative)
    }
}
