import Foundation

/// Answers every request of the preview: the reload endpoints, then the files of the output folder,
/// HTML pages decorated with the reload script and, after a failed build, the problems panel.
struct SiteResponder: Sendable {
    let files: StaticFiles
    let status: BuildStatus
    var events: ReloadEvents

    init(outputFolder: String, status: BuildStatus) {
        files = StaticFiles(folder: outputFolder)
        self.status = status
        events = ReloadEvents(status: status)
    }

    /// HEAD is answered like GET; the connection leaves the body out.
    func response(to request: HTTPRequestHead) async -> HTTPResponse {
        let path = request.path
        guard request.method == "GET" || request.method == "HEAD" else {
            return HTTPResponse(status: 405, text: "The preview only answers GET and HEAD.", also: [("Allow", "GET, HEAD")])
        }
        switch path {
        case ReloadEvents.path: return await events.response(to: request)
        case ReloadScript.path: return Self.response(200, MediaType.of(path), Data(ReloadScript.source.utf8))
        default: break
        }
        let snapshot = await status.current
        let resolution = files.resolve(path)
        if !snapshot.hasSucceeded, let failure = snapshot.failure {
            if case .file(let file, let type) = resolution, type != MediaType.html, let data = FileManager.default.contents(atPath: file) {
                return Self.response(200, type, data)
            }
            let reload = ReloadScript.tag(generation: snapshot.generation, session: snapshot.session)
            return Self.response(500, MediaType.html, Data(ProblemsHTML.page(failure, reload: reload).utf8))
        }
        switch resolution {
        case .redirect(let location):
            return Self.response(301, MediaType.html, Data(), also: ("Location", location))
        case .file(let file, let type):
            guard let data = FileManager.default.contents(atPath: file) else { return notFound(snapshot) }
            return Self.response(200, type, type == MediaType.html ? PageDecorator.decorate(data, with: snapshot) : data)
        case .notFound:
            return notFound(snapshot)
        }
    }

    /// The site's `404.html` when it has one, decorated like every page.
    private func notFound(_ snapshot: BuildStatus.Snapshot) -> HTTPResponse {
        let page = files.notFoundPage.flatMap { FileManager.default.contents(atPath: $0) }
            ?? Data("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1></body></html>\n".utf8)
        return Self.response(404, MediaType.html, PageDecorator.decorate(page, with: snapshot))
    }

    /// Nothing is cached: every request after a rebuild sees the new files.
    private static func response(_ status: Int, _ type: String, _ body: Data, also extra: (name: String, value: String)? = nil) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", type), ("Cache-Control", "no-store")] + (extra.map { [$0] } ?? []), body: body)
    }
}
