import Foundation
import KartaModel
import KartaRender
import Testing

/// A FIFO, device or socket inside `Templates/` or `Templates/assets/` is an error naming it, found
/// without opening it. A FIFO named `layout.mustache` or put in `assets/` used to be accepted
/// without a word, and read as a file (which can block on its `open`).
@Suite("Special files in the templates")
struct SpecialTemplateFileTests {
    @Test(arguments: ["layout.mustache", "partials/link.mustache", "assets/site.css", "assets/fonts/extra.woff2"])
    func fifoIsAnErrorNamingIt(relative: String) throws {
        try withTemporaryDirectory { folder in
            let templates = folder.appendingPathComponent("Templates")
            try FileManager.default.copyItem(at: TestPaths.templates, to: templates)
            let fifo = templates.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: fifo.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: fifo)
            #expect(mkfifo(fifo.path, 0o644) == 0)
            let unblock = FIFOUnblocker(path: fifo.path)

            let result = TemplateSet.load(from: templates.path)
            unblock.cancel()

            guard case .failure(let diagnostics) = result else {
                Issue.record("a FIFO in the templates was accepted")
                return
            }
            let errors = diagnostics.errors.filter { $0.location.file == fifo.path }
            #expect(errors.map(\.code) == ["not-a-file"], "\(diagnostics.sorted.map(\.description))")
            #expect(errors.first?.message.contains("named pipe (FIFO)") == true)
            #expect(!unblock.hadToUnblock, "the FIFO was opened")
        }
    }
}

/// Opens a FIFO's writing end every half second until cancelled, so code that wrongly opened it for
/// reading gets an end of file instead of hanging the test run; it records whether anyone was waiting.
private final class FIFOUnblocker: @unchecked Sendable {
    private let lock = NSLock()
    private let path: String
    private var cancelled = false
    private var unblocked = false

    init(path: String) {
        self.path = path
        scheduleAttempt()
    }

    private func scheduleAttempt() {
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { [self] in
            lock.lock()
            defer { lock.unlock() }
            guard !cancelled else { return }
            // Without a reader, a non-blocking open for writing fails (ENXIO): nobody is waiting yet.
            let descriptor = open(path, O_WRONLY | O_NONBLOCK)
            if descriptor >= 0 {
                unblocked = true
                close(descriptor)
            }
            scheduleAttempt()
        }
    }

    func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    var hadToUnblock: Bool {
        lock.lock()
        defer { lock.unlock() }
        return unblocked
    }
}
