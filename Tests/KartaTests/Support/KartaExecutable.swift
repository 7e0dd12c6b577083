import Foundation

/// The `karta` command-line tool built alongside the tests, and a way to run it.
enum KartaExecutable {
    /// Beside the test bundle first (same build as the tests), then the usual scratch folders.
    static let url: URL? = {
        var candidates: [URL] = []
        if let testBinary = ProcessInfo.processInfo.arguments.first {
            candidates.append(URL(fileURLWithPath: testBinary).standardizedFileURL.deletingLastPathComponent().appendingPathComponent("karta"))
        }
        candidates.append(TestPaths.packageRoot.appendingPathComponent(".build-tests/debug/karta"))
        candidates.append(TestPaths.packageRoot.appendingPathComponent(".build/debug/karta"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var combined: String { stdout + stderr }
    }

    /// Runs `karta arguments` in `directory`, so relative paths in messages are relative to it.
    static func run(_ arguments: [String], in directory: URL) throws -> Run {
        guard let url else { throw FixtureError("the karta executable was not built") }
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("karta-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: capture) }
        let outURL = capture.appendingPathComponent("stdout")
        let errURL = capture.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        if process.terminationReason == .uncaughtSignal {
            let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
            throw FixtureError("""
                karta \(arguments.joined(separator: " ")) crashed with signal \(process.terminationStatus). \
                If Sources changed since the last build, the incremental build may be stale: \
                remove the scratch folder (.build-tests) and build again.
                \(stderr.prefix(2000))
                """)
        }
        return Run(
            status: process.terminationStatus,
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8))
    }
}
