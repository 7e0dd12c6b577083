import Foundation

/// The server-sent events that reload open pages: `GET /__karta/events?after=N&session=S`.
///
/// Each request is one long poll. The answer comes the moment a build later than `N` has finished
/// (or at once when `S` is an earlier run of the server): one `reload` event, then the stream ends.
/// With no news within `wait`, the stream ends empty. Either way `EventSource` reconnects by itself
/// after the `retry` it was given, so no connection is held open for long and nothing needs cleaning up.
struct ReloadEvents: Sendable {
    static let path = "/__karta/events"

    let status: BuildStatus
    var wait: Duration = .seconds(10)

    func response(to request: HTTPRequestHead) async -> HTTPResponse {
        var after = request.query("after").flatMap(Int.init)
        if after == nil { after = await status.current.generation }
        let session = request.query("session")
        let clock = ContinuousClock()
        let deadline = clock.now + wait
        var body = "retry: 500\n\n"
        while true {
            let current = await status.current
            if current.generation > after! || (session != nil && session != current.session) {
                body += "event: reload\ndata: \(current.generation)\n\n"
                break
            }
            let left = clock.now.duration(to: deadline)
            guard left > .zero, !Task.isCancelled else { break }
            await status.waitForBuild(after: current.generation, within: left)
        }
        return HTTPResponse(status: 200, headers: [("Content-Type", "text/event-stream; charset=utf-8"), ("Cache-Control", "no-store")], body: Data(body.utf8))
    }
}
