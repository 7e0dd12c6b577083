import Foundation
import KartaSite

/// `karta serve`: builds the site, serves the output folder over HTTP, watches content and
/// templates, rebuilds on every change and reloads the open pages.
///
/// The server knows nothing of how a site is built: `rebuild` is called for every build, one at a
/// time and off the server's tasks, and whatever it reports is shown. A failed build leaves the last
/// good site served, with the problems over every page; the server itself never stops for content.
///
/// The address is bound when the server is made, before any build: a port that is taken fails at
/// once, with nothing built or written.
public actor PreviewServer {
    public nonisolated let configuration: ServeConfiguration
    public nonisolated let status: BuildStatus
    /// The port listened on: the system's pick when the configuration asked for 0.
    public nonisolated let port: UInt16
    private let listener: HTTPListener
    private let responder: SiteResponder
    private let queue: BuildQueue
    private let watcher: ContentWatcher
    private var stopping = false
    private var ended: (any Error)?
    private var hasEnded = false
    private var isListening = false
    private var serving: Task<Void, any Error>?

    /// - Parameters:
    ///   - rebuild: builds the site into `configuration.outputFolder` and reports what happened.
    ///   - onBuild: told of every finished build, for printing.
    public init(
        _ configuration: ServeConfiguration,
        rebuild: @escaping @Sendable () -> BuildReport,
        onBuild: @escaping @Sendable (BuildReport) -> Void = { _ in }
    ) throws(ServeError) {
        listener = try HTTPListener(configuration.address, limits: configuration.limits)
        port = listener.port
        self.configuration = configuration
        let status = BuildStatus(outputFolder: configuration.outputFolder)
        self.status = status
        queue = BuildQueue(rebuild: rebuild, status: status, onBuild: onBuild)
        watcher = ContentWatcher(folders: [configuration.contentFolder, configuration.templatesFolder], interval: configuration.pollInterval)
        responder = SiteResponder(outputFolder: configuration.outputFolder, status: status)
    }

    /// Builds once, then serves and watches until `stop()` is called or the task is cancelled.
    /// Connections made during the first build wait in the socket's queue and are answered after it.
    public func run() async throws {
        defer {
            hasEnded = true
            listener.close()
        }
        do {
            let baseline = watcher.start()
            await queue.request()
            await queue.idle()
            guard !stopping else { return }
            let serving = Task { [listener, responder, watcher, queue] in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { try await listener.run { request in await responder.response(to: request) } }
                    group.addTask { await watcher.run(from: baseline) { await queue.request() } }
                    try await group.next()
                    group.cancelAll()
                }
            }
            self.serving = serving
            isListening = true
            try await withTaskCancellationHandler { try await serving.value } onCancel: { serving.cancel() }
        } catch {
            ended = error
            guard !stopping else { return }
            throw error
        }
    }

    /// The port, once the first build has finished and requests are answered; throws when `run()`
    /// failed or ended before that.
    public func waitUntilListening() async throws -> UInt16 {
        while true {
            if isListening, !hasEnded { return port }
            if let ended { throw ended }
            if hasEnded { throw ServeError("the preview stopped before it listened") }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Returns once the builds asked for so far have finished.
    public func buildsFinished() async {
        await queue.idle()
    }

    /// Stops listening, ends open requests and lets `run()` return.
    public func stop() async {
        stopping = true
        serving?.cancel()
    }
}
