import FlyingFox
import FlyingSocks
import Foundation
import KartaSite

/// `karta serve`: builds the site, serves the output folder over HTTP, watches content and
/// templates, rebuilds on every change and reloads the open pages.
///
/// The server knows nothing of how a site is built: `rebuild` is called for every build, one at a
/// time and off the server's tasks, and whatever it reports is shown. A failed build leaves the last
/// good site served, with the problems over every page; the server itself never stops for content.
public actor PreviewServer {
    public nonisolated let configuration: ServeConfiguration
    public nonisolated let status: BuildStatus
    private let http: HTTPServer
    private let queue: BuildQueue
    private let watcher: ContentWatcher
    private var stopping = false
    private var ended: (any Error)?
    private var hasEnded = false

    /// - Parameters:
    ///   - rebuild: builds the site into `configuration.outputFolder` and reports what happened.
    ///   - onBuild: told of every finished build, for printing.
    public init(
        _ configuration: ServeConfiguration,
        rebuild: @escaping @Sendable () -> BuildReport,
        onBuild: @escaping @Sendable (BuildReport) -> Void = { _ in }
    ) throws(ServeError) {
        self.configuration = configuration
        let status = BuildStatus(outputFolder: configuration.outputFolder)
        self.status = status
        queue = BuildQueue(rebuild: rebuild, status: status, onBuild: onBuild)
        watcher = ContentWatcher(folders: [configuration.contentFolder, configuration.templatesFolder], interval: configuration.pollInterval)
        let responder = SiteResponder(outputFolder: configuration.outputFolder, status: status)
        let address = try configuration.address.socketAddress()
        http = HTTPServer(
            config: HTTPServer.Configuration(address: address, timeout: 30, logger: .disabled),
            handler: ClosureHTTPHandler { request in await responder.response(to: request) })
    }

    /// Builds once, then serves and watches until `stop()` is called or the task is cancelled.
    /// Throws when the address cannot be listened on.
    public func run() async throws {
        defer { hasEnded = true }
        do {
            let baseline = watcher.snapshot()
            await queue.request()
            await queue.idle()
            guard !stopping else { return }
            try await withThrowingTaskGroup(of: Void.self) { [http, watcher, queue] group in
                group.addTask { try await http.run() }
                group.addTask { await watcher.run(from: baseline) { await queue.request() } }
                try await group.next()
                group.cancelAll()
            }
        } catch {
            ended = error
            guard !stopping else { return }
            throw error
        }
    }

    /// The port the server listens on, once it does (after the first build); throws when `run()`
    /// failed or ended before listening.
    public func waitUntilListening() async throws -> UInt16 {
        while true {
            if let address = await http.listeningAddress {
                switch address {
                case .ip4(_, let port), .ip6(_, let port): return port
                case .unix: throw ServeError("the preview listens on a socket file, not a port")
                }
            }
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
        await http.stop(timeout: 0)
    }
}
