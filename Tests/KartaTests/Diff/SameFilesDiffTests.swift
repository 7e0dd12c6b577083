import Foundation
import KartaContent
import KartaDiff
import KartaDiffRender
import KartaModel
import Testing

/// `karta diff` loads a file both versions have with the same bytes once and lists a document whose files are
/// all the same without comparing it (issue 17, point 7): the output is exactly that of comparing everything.
@Suite("karta diff: files with the same bytes loaded and compared once")
struct SameFilesDiffTests {
    static let content = TestPaths.packageRoot.appendingPathComponent("Content")
    static let roadmap = "sverdlovskaya-oblast/kachkanar/roadmaps/msoko-2020.yaml"
    static let report = "sverdlovskaya-oblast/pervouralsk/reports/2022.md"
    static let page = "tambovskaya-oblast/rasskazovskiy-rayon/concept.md"

    /// Edits of a copy of the bundled content: the benchmark's one edit, and edits of what other documents are compared with.
    static let edits: [(name: String, edit: @Sendable (ContentFixture) throws -> Void)] = [
        ("one word in one roadmap", { _ = try $0.replace("методов сбора информации (мониторинг)", with: "методов сбора информации (мониторинга)", in: roadmap) }),
        ("one execution status", { _ = try $0.replace("    low-results-5: done", with: "    low-results-5: in-progress", in: report) }),
        ("a roadmap item a report reads", {
            try $0.replaceFirst("Определение кураторов", with: "Назначение кураторов", in: "sverdlovskaya-oblast/pervouralsk/roadmaps/500-plus-2022.yaml")
        }),
        ("a page's words", { try $0.replaceFirst("образования", with: "образования РФ", in: page) }),
        ("the glossary", { try $0.replaceFirst("full: \"единая", with: "full: \"общая единая", in: "glossary.yaml") }),
        ("an entity's name", {
            try $0.replaceFirst("Качканарский городской округ", with: "Качканарский округ", in: "sverdlovskaya-oblast/kachkanar/entity.yaml")
        }),
        ("a roadmap added and another deleted", { fixture in
            let roadmaps = "tambovskaya-oblast/rasskazovskiy-rayon/roadmaps/"
            try FileManager.default.copyItem(at: fixture.url(roadmaps + "leaders.yaml"), to: fixture.url(roadmaps + "leaders-copy.yaml"))
            try FileManager.default.removeItem(at: fixture.url("sverdlovskaya-oblast/roadmaps/rsoko-2019.yaml"))
        }),
        ("a school's folder removed", { try FileManager.default.removeItem(at: $0.url("sverdlovskaya-oblast/kachkanar/sosh-2")) }),
        ("the many edits of the benchmark", { fixture in
            for file in try fixture.files(endingWith: ".yaml") where file.contains("/roadmaps/") {
                try fixture.replaceAll("Утверждение", with: "Принятие", in: file)
            }
            for file in try fixture.files(endingWith: ".md") { try fixture.replaceFirst("образования", with: "образования РФ", in: file) }
        }),
    ]

    @Test(arguments: edits.indices)
    func outputIsThatOfComparingEverything(_ index: Int) throws {
        let (name, edit) = Self.edits[index]
        try withTemporaryDirectory { folder in
            for version in ["old", "new"] { try FileManager.default.copyItem(at: Self.content, to: folder.appendingPathComponent(version)) }
            try edit(ContentFixture(root: folder.appendingPathComponent("new")))
            let outcome = Comparison(old: "old", new: "new", contentFolder: "Content", directory: folder.path).run()
            let fast = try #require(outcome.diff, "\(name): \(outcome.diagnostics.errors)")
            let full = try Self.fullComparison(folder)
            #expect(fast.documents.map(Self.summary) == full.documents.map(Self.summary), "\(name)")
            #expect(try DiffReport(fast).json() == DiffReport(full).json(), "\(name)")
            #expect(DiffReport(fast).markdown() == DiffReport(full).markdown(), "\(name)")
        }
    }

    @Test func oneEditComparesOneDocument() throws {
        try withTemporaryDirectory { folder in
            for version in ["old", "new"] { try FileManager.default.copyItem(at: Self.content, to: folder.appendingPathComponent(version)) }
            _ = try ContentFixture(root: folder.appendingPathComponent("new"))
                .replace("методов сбора информации (мониторинг)", with: "методов сбора информации (мониторинга)", in: Self.roadmap)
            let files = VersionFiles.compare(old: folder.appendingPathComponent("old").path, new: folder.appendingPathComponent("new").path)
            #expect(files.differing == [Self.roadmap])
            #expect(files.oneSided.isEmpty && files.cataloguesAreSame && files.layoutIsSame)
            let diff = try #require(Comparison(old: "old", new: "new", contentFolder: "Content", directory: folder.path).run().diff)
            // Only the edited roadmap and the report that reads it were compared; every other document is listed with no rows.
            let compared = diff.documents.filter { document in
                switch document {
                case .table(let table): !table.sections.isEmpty
                case .prose(let prose): !prose.rows.isEmpty
                }
            }
            #expect(compared.map(\.id) == ["msoko-2020", "2020"])
            #expect(diff.documents.filter(\.isListed).map(\.id) == ["msoko-2020"])
            // With the catalogues: the root glossary and Рассказовский район's own, directions, entities.
            #expect(diff.documents.count == 26)
        }
    }

    /// A content error in a file both versions share stops the comparison as it did when each version was
    /// loaded whole: once for each version, each named in its own folder.
    @Test func errorsInASharedFileAreReportedForBothVersions() throws {
        try withTemporaryDirectory { folder in
            let fixture = try DiffFixture.make(in: folder)
            for version in [fixture.old, fixture.new] {
                _ = try version.replace("id: tq-2\n", with: "id: tq-1\n", in: DiffFixture.roadmap)
                _ = try version.replace("direction: objectivity", with: "direction: no-such-direction", in: DiffFixture.roadmap)
            }
            try fixture.new.replaceFirst("а", with: "я", in: DiffFixture.concept)
            let outcome = Comparison(old: "old", new: "new", contentFolder: "Content", directory: folder.path).run()
            #expect(outcome.diff == nil)
            let found = outcome.diagnostics.errors.map { "\($0.location.file):\($0.location.line):\($0.location.column) \($0.code)" }
            var expected: [String] = []
            for version in ["old", "new"] {
                let root = folder.appendingPathComponent(version).path
                let loaded = ContentLoader(root: root, purpose: .comparison).load()
                expected += loaded.diagnostics.errors.map {
                    "\(version + $0.location.file.dropFirst(root.count)):\($0.location.line):\($0.location.column) \($0.code)"
                }
            }
            #expect(Set(expected.map { String($0.split(separator: " ").last ?? "") }).isSuperset(of: ["duplicate-id", "unknown-direction"]))
            #expect(found == expected)
        }
    }

    /// Both versions loaded whole and apart, every document compared.
    static func fullComparison(_ folder: URL) throws -> ContentDiff {
        var sides: [ContentDiffer.Side] = []
        for version in ["old", "new"] {
            let root = folder.appendingPathComponent(version).path
            let loaded = ContentLoader(root: root, purpose: .comparison).load()
            #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.errors)")
            let content = try #require(loaded.content)
            sides.append(ContentDiffer.Side(content: content, root: root, label: VersionLabel(kind: .folder, name: version, detail: nil)))
        }
        return ContentDiffer().diff(old: sides[0], new: sides[1])
    }

    /// What the index lists of a document, unchanged ones included.
    static func summary(_ document: ContentDiff.Document) -> String {
        "\(document.kind.rawValue) \(document.entityID ?? "") \(document.id) «\(document.title)» \(document.action.rawValue) \(document.isListed)"
    }
}

extension ContentFixture {
    /// The first occurrence of `old` in the file replaced.
    func replaceFirst(_ old: String, with new: String, in relative: String) throws {
        let text = try read(relative)
        let range = try #require(text.range(of: old), "'\(old)' is not in \(relative)")
        try write(text.replacingCharacters(in: range, with: new), to: relative)
    }

    func replaceAll(_ old: String, with new: String, in relative: String) throws {
        try write(try read(relative).replacingOccurrences(of: old, with: new), to: relative)
    }

    /// Paths relative to the content folder of the files whose names end so, sorted.
    func files(endingWith suffix: String) throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(suffix) }.sorted()
    }
}
