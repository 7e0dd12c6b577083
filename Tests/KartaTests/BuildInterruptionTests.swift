#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import KartaModel
import Testing

/// Inputs and events a build must survive: a huge content file, and being killed while it writes.
@Suite("Robustness: huge files and interrupted builds", .serialized, .timeLimit(.minutes(3)))
struct BuildInterruptionTests {
    /// A page of 50 MB (a pasted export, a wrong file) is refused before it is read, with a message
    /// that says why, and nothing is written.
    @Test func fiftyMegabyteContentFileIsRefusedWithAClearMessage() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            var page = Data("---\ntitle: \"Огромная страница\"\n---\n".utf8)
            page.append(Data(repeating: UInt8(ascii: "a"), count: 50 * 1_048_576))
            try site.write(page, to: "big.md")

            let result = site.load()
            #expect(result.diagnostics.errors.map(\.code) == ["too-large"])
            #expect(result.diagnostics.errors.first?.location == SourceLocation(file: site.displayPath("big.md")))

            let run = try KartaExecutable.run(["build", "--content", site.root.path, "--templates", TestPaths.templates.path, "--output", folder.appendingPathComponent("out").path], in: folder)
            #expect(run.status == 1)
            #expect(run.stderr.contains("big.md: error: the file is 50.0 MB; content files are read up to 10.0 MB each. Split it into several files"), "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        }
    }

    /// Memory stays bounded because an oversized file is never read: a sparse file of 50 GB (no
    /// disk used) is refused at once, where reading it would need 50 GB of memory.
    @Test func oversizedFileIsRefusedWithoutBeingRead() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.write("", to: "oblast/gorod/roadmaps/huge.yaml")
            let handle = try FileHandle(forWritingTo: site.url("oblast/gorod/roadmaps/huge.yaml"))
            try handle.truncate(atOffset: 50 * 1024 * 1024 * 1024)
            try handle.close()

            let start = Date()
            let errors = site.load().diagnostics.errors
            #expect(errors.map(\.code) == ["too-large"])
            #expect(errors.first?.message.hasPrefix("the file is 51200.0 MB") == true, "\(errors.map(\.message))")
            #expect(Date().timeIntervalSince(start) < 20)
        }
    }

    /// Content that takes the debug binary long enough to build that a kill lands while it writes.
    static func largeSite(in folder: URL) throws -> ContentFixture {
        let site = try ContentFixture.copyOfValid(in: folder)
        let roadmap = try site.read("oblast/gorod/roadmaps/msoko-2020.yaml")
        for index in 1...60 {
            try site.write(roadmap, to: "oblast/gorod/roadmaps/copy-\(index).yaml")
        }
        return site
    }

    func staging(beside output: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)) ?? []
        return names.filter { $0.hasPrefix(".\(output.lastPathComponent).") }
    }

    @Test func buildKilledMidwayLeavesThePreviousOutputIntact() throws {
        try withTemporaryDirectory { folder in
            let site = try Self.largeSite(in: folder)
            let output = folder.appendingPathComponent("out")
            let arguments = ["build", "--content", site.root.path, "--templates", TestPaths.templates.path, "--output", output.path]
            let first = try KartaExecutable.run(arguments, in: folder)
            #expect(first.status == 0, "\(first.combined)")
            try Data("kept".utf8).write(to: output.appendingPathComponent(".nojekyll"))
            let before = try FileTree.read(output)
            // The next build changes every page, so a half-swapped output could not pass for the old one.
            try site.replace(#"title: "Тестовый сайт дорожных карт""#, with: #"title: "Новое название""#, in: "site.yaml")

            var interruptedWhileWriting = false
            for _ in 1...3 where !interruptedWhileWriting {
                let process = try SpawnedProcess.start(try #require(KartaExecutable.url), arguments)
                let deadline = Date().addingTimeInterval(90)
                while !process.hasEnded, staging(beside: output).isEmpty, Date() < deadline { usleep(500) }
                kill(process.pid, SIGTERM)
                if process.wait().signal == SIGTERM {
                    interruptedWhileWriting = true
                    #expect(try FileTree.read(output) == before, "the previous output changed")
                } else {
                    // It finished before the kill: start again from the old output.
                    try FileManager.default.removeItem(at: output)
                    try site.replace(#"title: "Новое название""#, with: #"title: "Тестовый сайт дорожных карт""#, in: "site.yaml")
                    _ = try KartaExecutable.run(arguments, in: folder)
                    try Data("kept".utf8).write(to: output.appendingPathComponent(".nojekyll"))
                    try site.replace(#"title: "Тестовый сайт дорожных карт""#, with: #"title: "Новое название""#, in: "site.yaml")
                }
            }
            #expect(interruptedWhileWriting, "no build could be killed while it was writing")

            // The next build succeeds and clears what the killed one left beside the output.
            let next = try KartaExecutable.run(arguments, in: folder)
            #expect(next.status == 0, "\(next.combined)")
            #expect(staging(beside: output) == [], "leftovers of the killed build remain")
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".nojekyll").path))
            #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8).contains("Новое название"))
        }
    }
}
