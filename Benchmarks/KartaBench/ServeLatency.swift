import ArgumentParser
import Foundation
import KartaServe
import KartaSite
import Synchronization

/// `karta-bench serve`: how long an editor waits, in `karta serve`, from saving a roadmap to the reload
/// event that refreshes the open page. Starts the preview server as `karta serve` does (incremental
/// builds, the preview's site) on a free port, then `runs` times: asks for the reload event as the page's
/// script does, saves an edit of one school roadmap, and times until the event arrives. Prints JSON;
/// the edited file is restored at the end.
struct ServeLatency: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve")

    @OptionGroup var edit: EditOptions

    func run() async throws {
        let (content, output, templates, runs) = (edit.content, edit.output, edit.templates, edit.runs)
        let target = try edit.target()
        let file = URL(fileURLWithPath: content).appendingPathComponent(target)
        let original = try Data(contentsOf: file)
        defer { try? original.write(to: file) }
        let text = String(decoding: original, as: UTF8.self)
        guard let range = text.range(of: "text: \"") else { throw ValidationError("\(target) has no quoted text: to edit") }

        let builder = IncrementalBuild(content: content, templates: templates, output: output, force: true, overBuiltInTheme: true, preview: true)
        let reports = Mutex<[BuildReport]>([])
        let configuration = ServeConfiguration(content: content, templates: templates, output: output, address: ListenAddress(host: "127.0.0.1", port: 0))
        let server = try PreviewServer(configuration, rebuild: { builder.build() }, onBuild: { report in reports.withLock { $0.append(report) } })
        let running = Task { try await server.run() }
        let port = try await server.waitUntilListening()
        guard reports.withLock({ $0.last?.succeeded }) == true else { throw ValidationError("the first build failed") }

        let clock = ContinuousClock()
        var latencies: [Double] = []
        var builds: [Double] = []
        var phases: [[String: Double]] = []
        for run in 1...max(runs, 1) {
            let status = await server.status.current
            let events = try EventListener(port: port, target: "/__karta/events?after=\(status.generation)&session=\(status.session)")
            let edited = text.replacingCharacters(in: range, with: "text: \"Правка \(run). ")
            let start = clock.now
            try Data(edited.utf8).write(to: file)
            guard try await events.reload() else { throw ValidationError("save \(run): no reload event within the request's wait") }
            latencies.append(start.duration(to: clock.now).seconds)
            await server.buildsFinished()
            guard let last = reports.withLock({ $0.last }), last.succeeded, last.incremental else { throw ValidationError("save \(run): the rebuild failed") }
            builds.append(last.totalSeconds)
            phases.append(Dictionary(last.phases.map { ($0.name, $0.seconds) }, uniquingKeysWith: +))
            // Let the watcher settle before the next save, as between an editor's saves.
            try await Task.sleep(for: .milliseconds(300))
        }
        await server.stop()
        _ = try? await running.value

        let sorted = latencies.sorted()
        let result: [String: Any] = [
            "roadmap": target, "save_to_reload_seconds": latencies, "median_seconds": sorted[sorted.count / 2],
            "build_seconds": builds, "build_phases": phases,
        ]
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted])
        print(String(decoding: data, as: UTF8.self))
    }
}

/// One reload-event request over a plain socket, read on a thread of its own so that waiting for the
/// answer never blocks the server's tasks.
struct EventListener: Sendable {
    let descriptor: Int32

    init(port: UInt16, target: String) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ValidationError("socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw ValidationError("connect: \(errno)")
        }
        let request = Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// Whether the answer holds a reload event; reads until the server closes the stream.
    func reload() async throws -> Bool {
        let descriptor = descriptor
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                var received: [UInt8] = []
                var buffer = [UInt8](repeating: 0, count: 4096)
                while true {
                    let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
                    if count <= 0 { break }
                    received += buffer[..<count]
                    if String(decoding: received, as: UTF8.self).contains("event: reload") { break }
                }
                close(descriptor)
                continuation.resume(returning: String(decoding: received, as: UTF8.self).contains("event: reload"))
            }
        }
    }
}
