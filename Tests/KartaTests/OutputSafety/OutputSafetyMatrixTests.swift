import Foundation
import KartaDiffRender
import KartaModel
import KartaSite
import Testing

/// Every command that replaces or writes an output, against every destination that is not its own:
/// each must refuse with an error, write nothing and leave the destination byte for byte as it was.
@Suite("Output safety matrix")
struct OutputSafetyMatrixTests {
    enum Writer: String, CaseIterable, CustomTestStringConvertible {
        case build, diffHTML, diffJSON, diffMarkdown
        var testDescription: String { rawValue }
    }

    enum Destination: String, CaseIterable, CustomTestStringConvertible {
        /// `echo keep > notes.txt; karta build --output notes.txt`
        case regularFile
        /// a folder with a thesis in it
        case foreignFolder
        /// a folder with `data/index.json` (once taken as proof of a Karta site) and a thesis
        case folderWithCatalogue
        /// a new folder under a link into the content folder
        case newFolderUnderLinkIntoContent
        /// a link to a foreign folder
        case linkToForeignFolder
        /// the content folder itself
        case contentFolder
        /// `/`
        case root
        var testDescription: String { rawValue }
    }

    /// Lays out the destination inside `folder` and returns the path to give as `--output`.
    func prepare(_ destination: Destination, in folder: URL, content: URL) throws -> String {
        let manager = FileManager.default
        let foreign = folder.appendingPathComponent("home")
        try manager.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("my thesis\n".utf8).write(to: foreign.appendingPathComponent("thesis.docx"))
        switch destination {
        case .regularFile:
            let file = folder.appendingPathComponent("notes.txt")
            try Data("keep\n".utf8).write(to: file)
            return file.path
        case .foreignFolder:
            return foreign.path
        case .folderWithCatalogue:
            try manager.createDirectory(at: foreign.appendingPathComponent("data"), withIntermediateDirectories: true)
            try Data("{}\n".utf8).write(to: foreign.appendingPathComponent("data/index.json"))
            return foreign.path
        case .newFolderUnderLinkIntoContent:
            let link = folder.appendingPathComponent("link")
            try manager.createSymbolicLink(at: link, withDestinationURL: content)
            return link.path + "/newsite"
        case .linkToForeignFolder:
            let link = folder.appendingPathComponent("out-link")
            try manager.createSymbolicLink(at: link, withDestinationURL: foreign)
            return link.path
        case .contentFolder:
            return content.path
        case .root:
            return "/"
        }
    }

    /// Runs the writer as its command does, without `--force`; returns its diagnostics.
    func write(_ writer: Writer, to output: String, site: DiffFixture, templates: String) throws -> Diagnostics {
        switch writer {
        case .build:
            let report = SiteBuilder(content: site.new.root.path, templates: templates, output: output).build()
            return report.diagnostics
        case .diffHTML, .diffJSON, .diffMarkdown:
            let report = DiffReport(try site.diff())
            let protected = [site.new.root.path, templates]
            switch writer {
            case .diffHTML: return report.write(to: output, templates: templates, protecting: protected, force: false)
            case .diffJSON: return report.writeFile(.json, to: output, protecting: protected, force: false)
            default: return report.writeFile(.markdown, to: output, protecting: protected, force: false)
            }
        }
    }

    @Test(arguments: Writer.allCases, Destination.allCases)
    func refusesWhatIsNotItsOwn(writer: Writer, destination: Destination) throws {
        try withTemporaryDirectory { folder in
            let site = try DiffFixture.make(in: folder)
            try site.new.replace("title: \"Дорожная карта", with: "title: \"Новая дорожная карта", in: DiffFixture.roadmap)
            let output = try prepare(destination, in: folder, content: site.new.root)
            let before = try FileTree.read(folder)

            let diagnostics = try write(writer, to: output, site: site, templates: TestPaths.templates.path)

            #expect(diagnostics.hasErrors, "\(writer) wrote to \(destination) without an error")
            #expect(diagnostics.errors.allSatisfy { $0.location.file == output }, "\(diagnostics.errors.map(\.description))")
            let after = try FileTree.read(folder)
            #expect(after.differences(from: before) == [], "\(writer) changed \(destination)")
        }
    }

    /// The same destinations with `--force`: a regular file, a folder under a link into the content, the
    /// content folder and the root stay refused; `--force` only lets a foreign folder be replaced.
    @Test(arguments: [Destination.regularFile, .newFolderUnderLinkIntoContent, .contentFolder, .root])
    func forceNeverReachesTheseDestinations(destination: Destination) throws {
        try withTemporaryDirectory { folder in
            let site = try DiffFixture.make(in: folder)
            let output = try prepare(destination, in: folder, content: site.new.root)
            let before = try FileTree.read(folder)
            let report = SiteBuilder(content: site.new.root.path, templates: TestPaths.templates.path, output: output, force: true).build()
            #expect(!report.succeeded)
            #expect(try FileTree.read(folder).differences(from: before) == [])
        }
    }
}
