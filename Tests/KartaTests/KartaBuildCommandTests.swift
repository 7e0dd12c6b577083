import Foundation
import Testing

/// `karta build` through the real executable: a failed build changes nothing, a good one says so.
@Suite("karta build", .enabled(if: KartaExecutable.url != nil, "the karta executable was not found next to the tests or in .build-tests/debug; build it with `swift build --scratch-path .build-tests`"))
struct KartaBuildCommandTests {
    func buildArguments(output: String = "out") -> [String] {
        ["build", "--content", "content", "--templates", TestPaths.templates.path, "--output", output]
    }

    /// An output folder as a previous build leaves it: its manifest names every file in it.
    func prefillOutput(in folder: URL) throws -> URL {
        let output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output.appendingPathComponent("old"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: output.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data("{}\n".utf8).write(to: output.appendingPathComponent("data/index.json"))
        try Data("marker: the previous build\n".utf8).write(to: output.appendingPathComponent("MARKER.txt"))
        try Data("<p>old page</p>\n".utf8).write(to: output.appendingPathComponent("old/index.html"))
        try Data().write(to: output.appendingPathComponent(".gitkeep"))
        try Data("karta-manifest 1 site\nMARKER.txt\ndata/index.json\nold/index.html\n".utf8).write(to: output.appendingPathComponent(".karta-manifest"))
        return output
    }

    /// `karta --version` names the libcmark it renders with, for bug reports (issue 16, point 4).
    @Test func versionNamesLibcmark() throws {
        try withTemporaryDirectory { folder in
            let run = try KartaExecutable.run(["--version"], in: folder)
            #expect(run.status == 0)
            #expect(run.stdout.range(of: #"^\d+\.\d+\.\d+ \(libcmark \d+\.\d+\.\d+\)\n$"#, options: .regularExpression) != nil, "\(run.combined)")
        }
    }

    @Test func failedBuildLeavesTheOutputExactlyAsItWas() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace("id: training-quality-2", with: "id: training-quality-1", in: "oblast/gorod/roadmaps/msoko-2020.yaml")
            let output = try prefillOutput(in: folder)
            let before = try FileTree.read(output)
            let siblingsBefore = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()

            let run = try KartaExecutable.run(buildArguments(), in: folder)

            #expect(run.status != 0, "\(run.combined)")
            #expect(!run.combined.contains("Built "), "\(run.combined)")
            #expect(run.stderr.contains(": error: duplicate id 'training-quality-1'"), "\(run.combined)")
            #expect(run.stderr.contains("build failed"))
            let after = try FileTree.read(output)
            #expect(after.differences(from: before) == [])
            #expect(after == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == siblingsBefore, "no staging folder is left beside the output")
        }
    }

    @Test func buildWithMissingTemplatesFolderLeavesTheOutputAsItWas() throws {
        try withTemporaryDirectory { folder in
            _ = try ContentFixture.copyOfValid(in: folder)
            let output = try prefillOutput(in: folder)
            let before = try FileTree.read(output)

            let run = try KartaExecutable.run(["build", "--content", "content", "--templates", "no-such-templates", "--output", "out"], in: folder)

            #expect(run.status != 0)
            #expect(!run.combined.contains("Built "))
            #expect(try FileTree.read(output) == before)
        }
    }

    @Test func goodBuildReplacesTheOutputAndSaysSo() throws {
        try withTemporaryDirectory { folder in
            _ = try ContentFixture.copyOfValid(in: folder)
            let output = try prefillOutput(in: folder)

            let run = try KartaExecutable.run(buildArguments(), in: folder)

            #expect(run.status == 0, "\(run.combined)")
            #expect(run.stdout.hasPrefix("Built "), "\(run.combined)")
            #expect(run.stdout.contains("into out"))
            let tree = try FileTree.read(output)
            #expect(tree.entries["MARKER.txt"] == nil)
            #expect(tree.entries[".gitkeep"] == .some(Data()))
            #expect(tree.entries["index.html"] != nil)
            #expect(tree.entries["data/index.json"] != nil)
        }
    }

    /// The swap replaces the whole output folder, so a folder that holds other files is only
    /// replaced when the user says so.
    @Test func foreignOutputFolderIsRefusedUnlessForced() throws {
        try withTemporaryDirectory { folder in
            _ = try ContentFixture.copyOfValid(in: folder)
            let output = folder.appendingPathComponent("out")
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            try Data("my thesis\n".utf8).write(to: output.appendingPathComponent("thesis.txt"))
            let before = try FileTree.read(output)

            let refused = try KartaExecutable.run(buildArguments(), in: folder)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("out: error: the output folder out holds files Karta did not write"), "\(refused.combined)")
            #expect(!refused.combined.contains("Built "))
            #expect(try FileTree.read(output) == before)

            let forced = try KartaExecutable.run(buildArguments() + ["--force"], in: folder)
            #expect(forced.status == 0, "\(forced.combined)")
            #expect(try FileTree.read(output).entries["thesis.txt"] == nil)
        }
    }
}
