import Foundation
import KartaSite
import Testing

/// Builds stream their files into a staging folder as they are made: the folder is Karta's (it carries
/// a manifest) from the moment it exists, and what a killed build leaves is cleaned up by the next one.
@Suite("Output staging")
struct OutputStagingTests {
    @Test func stagingFolderCarriesAManifestFromTheStart() throws {
        try withTemporaryDirectory { folder in
            let staging = try OutputStaging(output: folder.appendingPathComponent("out").path)
            defer { staging.abandon() }
            let manifest = try #require(OutputManifest.read(in: staging.folder.path))
            #expect(manifest == OutputManifest(kind: .site, paths: []))
            #expect(staging.folder.lastPathComponent.hasPrefix(".out.building-\(ProcessInfo.processInfo.processIdentifier)-"))
        }
    }

    @Test func filesArriveFromManyThreadsAndTheManifestNamesThemAll() throws {
        try withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("out")
            let staging = try OutputStaging(output: output.path)
            let files = (0..<200).map { OutputFile(path: "section-\($0 % 7)/page-\($0)/index.html", text: "page \($0)") }
            DispatchQueue.concurrentPerform(iterations: files.count) { try? staging.write(files[$0]) }
            #expect(try staging.commit(paths: files.map(\.path)).isEmpty)
            #expect(OutputManifest.read(in: output.path)?.paths == files.map(\.path).sorted())
            #expect(try FileTree.read(output).files.filter { $0 != OutputManifest.fileName } == files.map(\.path).sorted())
            #expect(try String(contentsOf: output.appendingPathComponent("section-3/page-10/index.html"), encoding: .utf8) == "page 10")
        }
    }

    /// A file where a page's folder should be is named, not the page inside it, and not taken for the folder.
    @Test func aFileWhereAFolderGoesIsNamed() throws {
        try withTemporaryDirectory { folder in
            let staging = try OutputStaging(output: folder.appendingPathComponent("out").path)
            defer { staging.abandon() }
            try staging.write(OutputFile(path: "roadmaps", text: "a file"))
            #expect {
                try staging.write(OutputFile(path: "roadmaps/school/index.html", text: "page"))
            } throws: { error in
                guard case .io(let path, let underlying) = error as? OutputWriter.WriteError else { return false }
                return path == "roadmaps" && underlying == String(cString: strerror(ENOTDIR))
            }
        }
    }

    @Test(arguments: ["../escape.html", "/etc/passwd", "a//b", ".karta-manifest"])
    func unsafePathsAreRefused(_ path: String) throws {
        try withTemporaryDirectory { folder in
            let staging = try OutputStaging(output: folder.appendingPathComponent("out").path)
            defer { staging.abandon() }
            #expect(throws: OutputWriter.WriteError.self) { try staging.write(OutputFile(path: path, text: "x")) }
        }
    }

    @Test func abandonedStagingLeavesThePreviousOutputAsItWas() throws {
        try withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("out")
            try OutputWriter(output: output.path).write([OutputFile(path: "index.html", text: "old")])
            let before = try FileTree.read(output)
            let staging = try OutputStaging(output: output.path)
            try staging.write(OutputFile(path: "index.html", text: "new"))
            staging.abandon()
            #expect(try FileTree.read(output) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out"])
        }
    }

    /// A build killed while pages stream in leaves a staging folder with some pages and the empty
    /// manifest: the next build recognises it as Karta's and removes it.
    @Test func stagingOfAKilledBuildIsRemovedByTheNextBuild() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let output = folder.appendingPathComponent("out")
            let staging = try OutputStaging(output: output.path)
            try staging.write(OutputFile(path: "half/index.html", text: "<p>half"))
            // As if its process were gone: the pid in the name is one no process has.
            let dead = folder.appendingPathComponent(".out.building-999999-killed")
            try FileManager.default.moveItem(at: staging.folder, to: dead)
            #expect(site.builder(output: output).build().succeeded)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["content", "out"])
        }
    }
}
