import Foundation

/// A headless Chromium (or Chrome) that prints pages as PDF: `chromium --headless --print-to-pdf`.
public struct Chromium: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Names tried on `PATH`, in order.
    public static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

    /// What to tell a user who asked for PDFs on a machine without Chromium.
    public static let installAdvice = """
        Chromium is needed to print reports as PDF and was not found (looked for \(names.joined(separator: ", ")) on PATH). \
        Install it with `sudo apt-get install chromium` (Debian, Ubuntu: `chromium-browser` or the snap), \
        `sudo dnf install chromium` (Fedora) or `brew install --cask chromium` (macOS), \
        or give its path with --chromium PATH or the KARTA_CHROMIUM environment variable
        """

    /// `explicit` first (a path or a name on `PATH`), then `KARTA_CHROMIUM`, then the usual names.
    public static func locate(explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) -> Chromium? {
        let searchPath = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        func resolve(_ name: String) -> String? {
            if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
            return searchPath.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        if let explicit { return resolve(explicit).map(Chromium.init) }
        if let configured = environment["KARTA_CHROMIUM"], !configured.isEmpty { return resolve(configured).map(Chromium.init) }
        return names.lazy.compactMap(resolve).first.map(Chromium.init)
    }

    public struct PrintError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Prints `page` (an HTML file) to `pdf`, with its own throw-away profile, within `timeout` seconds.
    func printPDF(page: URL, to pdf: URL, profile: URL, timeout: Double = 120) throws(PrintError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        var arguments = [
            "--headless", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--user-data-dir=\(profile.path)", "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ]
        // Chromium refuses to run as root with its sandbox on; the pages printed are Karta's own files.
        if geteuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        process.arguments = arguments
        let log = profile.appendingPathComponent("chromium.log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil), let handle = try? FileHandle(forWritingTo: log) else { throw PrintError(description: "could not create \(log.path)") }
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw PrintError(description: "could not start \(path): \(error.localizedDescription)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw PrintError(description: "\(path) did not finish printing \(page.lastPathComponent) within \(Int(timeout)) s")
        }
        let produced = (try? Data(contentsOf: pdf))?.starts(with: Data("%PDF".utf8)) ?? false
        guard process.terminationStatus == 0, produced else {
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let tail = output.split(separator: "\n").suffix(5).joined(separator: "\n")
            throw PrintError(description: "\(path) exited with status \(process.terminationStatus) and wrote no PDF\(tail.isEmpty ? "" : ":\n\(tail)")")
        }
    }
}
