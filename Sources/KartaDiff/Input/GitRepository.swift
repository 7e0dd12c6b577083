import Foundation

/// The few git questions `karta diff` asks, through the `git` command (Foundation's `Process`).
struct GitRepository: Sendable {
    /// Where git is run: the user's working directory.
    let directory: String

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var succeeded: Bool { status == 0 }
    }

    /// Runs `git arguments`; a missing git binary is reported as a failure with a message, never a crash.
    func run(_ arguments: [String], in folder: String? = nil) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder ?? directory)
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["GIT_PAGER"] = "cat"
        process.environment = environment
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return Output(status: 127, stdout: "", stderr: "git could not be started: \(error.localizedDescription)")
        }
        // Read both pipes while git runs, so neither can fill up and stall it.
        let errorData = LockedData()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData.set(stderr.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData.value, as: UTF8.self))
    }

    /// The top folder of the work tree, or nil outside a repository.
    var topLevel: String? {
        let output = run(["rev-parse", "--show-toplevel"])
        guard output.succeeded else { return nil }
        return output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The full commit id a revision names, or nil when git does not know it.
    func commit(_ revision: String) -> String? {
        guard !revision.hasPrefix("-") else { return nil }
        let output = run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"])
        guard output.succeeded else { return nil }
        return output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// «5962b36 Read deadlines …»: how a commit is named in the diff's header.
    func summary(_ commit: String) -> String {
        let output = run(["log", "-1", "--format=%h %s", commit])
        return output.succeeded ? output.stdout.trimmingCharacters(in: .whitespacesAndNewlines) : String(commit.prefix(7))
    }

    /// True when `path` (relative to the top level) exists at `commit`.
    func exists(_ path: String, at commit: String, topLevel: String) -> Bool {
        let output = run(["ls-tree", "--name-only", commit, "--", path], in: topLevel)
        return output.succeeded && !output.stdout.isEmpty
    }
}

/// Bytes handed over from the thread that reads standard error.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) {
        lock.lock()
        data = value
        lock.unlock()
    }

    var value: Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}
