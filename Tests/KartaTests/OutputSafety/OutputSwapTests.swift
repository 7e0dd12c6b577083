import Foundation
import KartaSite
import Testing

/// The swap and the clean-up of what killed builds leave: Karta removes only folders it marked as its
/// own, gives dot-entries back instead of deleting them, and says where an old output was left.
@Suite("Output swap and leftovers")
struct OutputSwapTests {
    func build(_ site: ContentFixture, into output: URL, force: Bool = false) -> BuildReport {
        SiteBuilder(content: site.root.path, templates: TestPaths.templates.path, output: output.path, force: force).build()
    }

    @Test func buildWritesAManifestNamingEveryFile() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let output = folder.appendingPathComponent("out")
            #expect(build(site, into: output).succeeded)
            let manifest = try #require(OutputManifest.read(in: output.path))
            #expect(manifest.kind == .site)
            let files = try FileTree.read(output).files.filter { $0 != OutputManifest.fileName }
            #expect(manifest.paths == files)
        }
    }

    /// A rebuild replaces its own output, and refuses once a file the build did not write appears in it.
    @Test func fileAddedToAnOutputStopsTheNextBuild() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let output = folder.appendingPathComponent("out")
            #expect(build(site, into: output).succeeded)
            #expect(build(site, into: output).succeeded, "a build replaces its own output")
            try Data("my thesis\n".utf8).write(to: output.appendingPathComponent("thesis.docx"))
            let before = try FileTree.read(output)
            let report = build(site, into: output)
            #expect(!report.succeeded)
            #expect(report.diagnostics.errors.map(\.message).contains { $0.contains("thesis.docx") })
            #expect(try FileTree.read(output) == before)
        }
    }

    /// `.out.previous-999999-x` looks like a leftover by name, but carries no manifest: it is the user's.
    @Test func userFolderNamedLikeALeftoverIsKept() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let output = folder.appendingPathComponent("out")
            #expect(build(site, into: output).succeeded)
            for name in [".out.previous-999999-x", ".out.building-999999-x"] {
                let lookalike = folder.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: lookalike, withIntermediateDirectories: true)
                try Data("mine\n".utf8).write(to: lookalike.appendingPathComponent("notes.txt"))
            }
            #expect(build(site, into: output).succeeded)
            for name in [".out.previous-999999-x", ".out.building-999999-x"] {
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name + "/notes.txt").path), "\(name) was deleted")
            }
        }
    }

    /// A build killed between the folder exchange and moving the dot-entries leaves the old site, with
    /// `.git`, under its staging name. The next build gives `.git` back to the output, then removes it.
    @Test func leftoverFromAKilledSwapGivesItsDotEntriesBack() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let output = folder.appendingPathComponent("out")
            #expect(build(site, into: output).succeeded)
            let leftover = folder.appendingPathComponent(".out.building-999999-dead")
            try FileManager.default.copyItem(at: output, to: leftover)
            let git = leftover.appendingPathComponent(".git")
            try FileManager.default.createDirectory(at: git, withIntermediateDirectories: true)
            try Data("ref: refs/heads/main\n".utf8).write(to: git.appendingPathComponent("HEAD"))

            #expect(build(site, into: output).succeeded)

            #expect(try Data(contentsOf: output.appendingPathComponent(".git/HEAD")) == Data("ref: refs/heads/main\n".utf8))
            #expect(!FileManager.default.fileExists(atPath: leftover.path))
        }
    }

    @Test func dotEntriesOfTheOutputSurviveARebuild() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let output = folder.appendingPathComponent("out")
            #expect(build(site, into: output).succeeded)
            try FileManager.default.createDirectory(at: output.appendingPathComponent(".git"), withIntermediateDirectories: true)
            try Data("x\n".utf8).write(to: output.appendingPathComponent(".git/config"))
            #expect(build(site, into: output).succeeded)
            #expect(try Data(contentsOf: output.appendingPathComponent(".git/config")) == Data("x\n".utf8))
            let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(siblings == ["content", "out"])
        }
    }

    /// `chattr +i` on a file of the old output: the new site is in place, and a warning says where the
    /// old one was left (it used to be left silently). Needs root and a file system with attributes.
    @Test func oldOutputThatCannotBeRemovedIsAWarning() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let output = folder.appendingPathComponent("out")
            #expect(build(site, into: output).succeeded)
            let pinned = output.appendingPathComponent("index.html")
            guard (try? ExternalTool.run("/usr/bin/chattr", ["+i", pinned.path]))?.status == 0 else { return }
            defer { _ = try? ExternalTool.run("/usr/bin/chattr", ["-i", pinned.path]) }

            let report = build(site, into: output)

            #expect(report.succeeded)
            let warning = try #require(report.diagnostics.warnings.first { $0.code == "output-left" })
            #expect(warning.message.contains(".out.building-"))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
            // Unpin it so the temporary folder can go.
            for entry in try FileManager.default.contentsOfDirectory(atPath: folder.path) where entry.hasPrefix(".out.") {
                _ = try? ExternalTool.run("/usr/bin/chattr", ["-i", folder.appendingPathComponent(entry + "/index.html").path])
            }
        }
    }
}
