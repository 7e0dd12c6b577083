import Foundation
import KartaDiff
import KartaDiffRender
import KartaImport
import KartaModel
import KartaScaffold
import KartaSite
import Testing

/// Commands that write single files (`diff --format json|markdown --output`, `import`, `new report`):
/// an earlier file of their own may be replaced; a file of the user's needs `--force`; a link, a folder
/// or a FIFO in a file's place, or a file inside the content, is refused whatever `--force` says.
@Suite("Single-file outputs")
struct SingleFileOutputTests {
    @Test(arguments: [DiffReport.Format.json, .markdown])
    func diffReplacesItsOwnFileButNoOtherWithoutForce(format: DiffReport.Format) throws {
        try withTemporaryDirectory { folder in
            let site = try DiffFixture.make(in: folder)
            let report = DiffReport(try site.diff())
            let output = folder.appendingPathComponent("changes.out").path
            let protected = [site.new.root.path, TestPaths.templates.path]
            #expect(report.writeFile(format, to: output, protecting: protected, force: false).isEmpty)
            #expect(report.writeFile(format, to: output, protecting: protected, force: false).isEmpty, "its own earlier file is replaced")

            try Data("keep\n".utf8).write(to: URL(fileURLWithPath: output))
            let refused = report.writeFile(format, to: output, protecting: protected, force: false)
            #expect(refused.errors.map(\.code) == ["output-exists"])
            #expect(try String(contentsOfFile: output, encoding: .utf8) == "keep\n")
            #expect(report.writeFile(format, to: output, protecting: protected, force: true).isEmpty)
        }
    }

    /// `karta diff old Content --format json --output Content/site.yaml` overwrote the content file.
    @Test func diffNeverWritesIntoTheContentEvenWithForce() throws {
        try withTemporaryDirectory { folder in
            let site = try DiffFixture.make(in: folder)
            let report = DiffReport(try site.diff())
            let target = site.new.url("site.yaml").path
            let before = try site.new.read("site.yaml")
            let refused = report.writeFile(.json, to: target, protecting: [site.new.root.path], force: true)
            #expect(refused.errors.map(\.code) == ["unsafe-output"])
            #expect(try site.new.read("site.yaml") == before)
        }
    }

    enum Obstacle: String, CaseIterable, CustomTestStringConvertible {
        case link, folder, fifo
        var testDescription: String { rawValue }

        func place(at path: String, linkingTo other: String) throws {
            switch self {
            case .link: try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: other)
            case .folder: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            case .fifo: #expect(mkfifo(path, 0o644) == 0)
            }
        }
    }

    /// Writing through a link would land outside the content; opening a FIFO would block for ever.
    @Test(arguments: Obstacle.allCases)
    func reportScaffoldRefusesWhatIsNotAFileEvenWithForce(obstacle: Obstacle) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let outside = folder.appendingPathComponent("outside.md")
            try Data("mine\n".utf8).write(to: outside)
            try site.createFolder("oblast/gorod/reports")
            try obstacle.place(at: site.url("oblast/gorod/reports/2020.md").path, linkingTo: outside.path)
            let outcome = ReportScaffold.write(entity: "oblast/gorod", year: 2020, content: site.root.path, force: true)
            #expect(outcome.path == nil)
            #expect(outcome.diagnostics.errors.map(\.code) == ["output-not-file"])
            #expect(try String(contentsOf: outside, encoding: .utf8) == "mine\n")
        }
    }

    @Test(arguments: Obstacle.allCases)
    func importRefusesWhatIsNotAFileEvenWithForce(obstacle: Obstacle) throws {
        try withTemporaryDirectory { folder in
            let entity = folder.appendingPathComponent("entity")
            try FileManager.default.createDirectory(at: entity.appendingPathComponent("roadmaps"), withIntermediateDirectories: true)
            let outside = folder.appendingPathComponent("outside.yaml")
            try Data("mine\n".utf8).write(to: outside)
            let file = try #require(try ImportFixtures.convert("plan.txt").files.first)
            try FileManager.default.createDirectory(at: entity.appendingPathComponent(file.path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try obstacle.place(at: entity.appendingPathComponent(file.path).path, linkingTo: outside.path)
            let outcome = ImportWriter.write([file], into: entity.path, force: true)
            #expect(outcome.written.isEmpty)
            #expect(outcome.diagnostics.errors.map(\.code) == ["output-not-file"])
            #expect(try String(contentsOf: outside, encoding: .utf8) == "mine\n")
        }
    }
}

/// `karta diff ''` read the current folder as a version.
@Suite("Diff version names")
struct DiffVersionNameTests {
    @Test(arguments: ["", "  "])
    func emptyVersionNameIsRefused(name: String) {
        let resolved = ContentVersion.resolve(name, contentFolder: "Content", directory: FileManager.default.currentDirectoryPath)
        guard case .failure(.empty) = resolved else {
            Issue.record("'\(name)' was resolved as \(resolved)")
            return
        }
    }
}
