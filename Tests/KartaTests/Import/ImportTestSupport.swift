import Foundation
import KartaContent
@testable import KartaImport
import KartaModel
import Testing

/// Fixtures of the importer tests: small exports written for the tests, one quirk family each.
enum ImportFixtures {
    /// `Tests/KartaTests/Fixtures/import/`, found from this source file.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/import")

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    static func data(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }

    static func text(_ name: String) throws -> String { try String(contentsOf: url(name), encoding: .utf8) }

    static var all: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// Imports a fixture (by its path, so messages name it).
    static func convert(_ name: String) throws -> ImportResult {
        Importer.convert(try data(name), file: url(name).path)
    }

    /// Imports text given inline, named `name` in messages.
    static func convert(text: String, name: String = "inline.txt") -> ImportResult {
        Importer.convert(Data(text.utf8), file: name)
    }
}

extension ImportResult {
    func file(_ kind: ImportedFile.Kind) -> ImportedFile? { files.first { $0.kind == kind } }

    var warnings: [Diagnostic] { diagnostics.warnings }

    /// Warnings with the given code, as `line: message`.
    func warnings(_ code: String) -> [Diagnostic] { diagnostics.warnings.filter { $0.code == code } }
}

/// A content tree holding the real catalogues (site, glossary, directions) and one region entity,
/// into which imported files are written and then loaded as `karta check` would.
struct ImportSandbox {
    let root: URL
    var entity: URL { root.appendingPathComponent("oblast") }

    init(in folder: URL) throws {
        root = folder.appendingPathComponent("content")
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("oblast"), withIntermediateDirectories: true)
        let repositoryContent = TestPaths.packageRoot.appendingPathComponent("Content")
        // The bundled site.yaml names its emblem, which must sit beside it.
        for name in ["site.yaml", "glossary.yaml", "directions.yaml", "karta-logo.svg"] {
            try manager.copyItem(at: repositoryContent.appendingPathComponent(name), to: root.appendingPathComponent(name))
        }
        try Data("level: region\nname: \"Тестовая область\"\n".utf8).write(to: entity.appendingPathComponent("entity.yaml"))
    }

    @discardableResult
    func write(_ result: ImportResult, force: Bool = false) -> ImportWriter.Outcome {
        ImportWriter.write(result.files, into: entity.path, force: force)
    }

    func load() -> ContentLoader.Result {
        ContentLoader(root: root.path).load()
    }

    /// Imports `result`, loads the tree and fails the test on any loading error.
    func loaded(_ result: ImportResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> SiteContent {
        let outcome = write(result)
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics.all.map(\.description))", sourceLocation: sourceLocation)
        let loaded = load()
        #expect(loaded.diagnostics.errors.isEmpty, "\(loaded.diagnostics.errors.map(\.description))", sourceLocation: sourceLocation)
        return try #require(loaded.content, sourceLocation: sourceLocation)
    }
}
