import Foundation
import KartaModel
import KartaServe
import KartaSite
import Testing

/// `karta serve` driven over real HTTP on 127.0.0.1: pages with the reload script, a rebuild and its
/// reload event after an edit, a broken file shown over the last good site, and the fix.
@Suite("Serve: the preview server end to end", .timeLimit(.minutes(1)))
struct PreviewServerTests {
    /// A server on a free port for `site`, built into `output` with the real builder and templates.
    func start(_ site: ContentFixture, output: URL) throws -> (server: PreviewServer, running: Task<Void, any Error>) {
        var configuration = ServeConfiguration(
            content: site.root.path, templates: TestPaths.templates.path, output: output.path, address: ListenAddress(host: "127.0.0.1", port: 0))
        configuration.pollInterval = .milliseconds(50)
        let builder = site.builder(output: output)
        let server = try PreviewServer(configuration, rebuild: { builder.build() })
        return (server, Task { try await server.run() })
    }

    /// What the builder itself says about the content now: the lines the browser must show.
    func problems(of site: ContentFixture) -> [String] {
        SiteBuilder(content: site.root.path, templates: TestPaths.templates.path, output: "").check().report.diagnostics.errors.map(\.description)
    }

    /// A line as the panel writes it.
    func escaped(_ line: String) -> String {
        line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    @Test func servesRebuildsReloadsAndKeepsTheLastGoodSiteWhenContentBreaks() async throws {
        try await withTemporaryDirectoryAsync { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let (server, running) = try start(site, output: folder.appendingPathComponent("out"))
            let client = PreviewClient(port: try await server.waitUntilListening())

            let home = try await client.get("/")
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.headers["cache-control"] == "no-store")
            #expect(home.text.contains("Тестовый сайт дорожных карт"))
            #expect(home.text.contains(#"<script src="/__karta/reload.js""#))
            #expect(home.text.range(of: "reload.js")!.lowerBound < home.text.range(of: "</body>", options: .backwards)!.lowerBound)
            #expect(!home.text.contains("role=\"alert\""))
            let head = try await client.get("/", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.headers["content-length"] == String(home.text.utf8.count))
            #expect(head.text.isEmpty)
            #expect(try await client.get("/", method: "POST").status == 405)
            let script = try await client.get("/__karta/reload.js")
            #expect(script.text.contains("new EventSource("))
            #expect(script.text.contains("location.reload()"))
            let redirect = try await client.get("/oblast")
            #expect(redirect.status == 301)
            #expect(redirect.headers["location"] == "/oblast/")
            for escape in ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/index.html%00"] {
                let refused = try await client.get(escape)
                #expect(refused.status == 404, "\(escape)")
                #expect(!refused.text.contains("root:"))
            }
            #expect(try await client.get("/no-such-page/").status == 404)

            // An edit: the rebuilt page, announced by a reload event.
            try site.replace("title: \"Тестовый сайт дорожных карт\"", with: "title: \"Правленый сайт\"", in: "site.yaml")
            let rebuilt = try await client.nextReload(after: home)
            let edited = try await client.get("/")
            #expect(edited.generation == rebuilt)
            #expect(edited.text.contains("Правленый сайт"))
            #expect(!edited.text.contains("Тестовый сайт дорожных карт"))

            // A broken file: the last good page still served, with the problems over it.
            try site.replace("description: \"Небольшой сайт для проверки Karta\"", with: "description: [unclosed", in: "site.yaml")
            let lines = problems(of: site)
            #expect(!lines.isEmpty)
            _ = try await client.nextReload(after: edited)
            let broken = try await client.get("/")
            #expect(broken.status == 200)
            #expect(broken.text.contains("Правленый сайт"), "the last good site stays served")
            #expect(broken.text.contains(#"<div role="alert""#))
            #expect(broken.text.contains(try Regex(NSRegularExpression.escapedPattern(for: site.displayPath("site.yaml")) + #":\d+:\d+: error: "#)))
            for line in lines {
                #expect(broken.text.contains(escaped(line)), "\(line)")
            }
            let other = try await client.get("/oblast/")
            #expect(other.status == 200)
            #expect(other.text.contains(#"<div role="alert""#), "every page shows the problems")

            // The fix: the panel goes away.
            try site.replace("description: [unclosed", with: "description: \"Исправлено\"", in: "site.yaml")
            _ = try await client.nextReload(after: broken)
            let fixed = try await client.get("/")
            #expect(fixed.status == 200)
            #expect(!fixed.text.contains("role=\"alert\""))

            await server.stop()
            try await running.value
        }
    }

    @Test func withoutAGoodBuildEveryPageIsTheListOfProblems() async throws {
        try await withTemporaryDirectoryAsync { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace("level: region", with: "level: [region", in: "oblast/entity.yaml")
            let lines = problems(of: site)
            let (server, running) = try start(site, output: folder.appendingPathComponent("out"))
            let client = PreviewClient(port: try await server.waitUntilListening())

            for path in ["/", "/oblast/", "/no-such-page"] {
                let page = try await client.get(path)
                #expect(page.status == 500, "\(path)")
                #expect(page.text.contains("role=\"alert\""))
                #expect(page.text.contains(site.displayPath("oblast/entity.yaml") + ":"))
                for line in lines { #expect(page.text.contains(escaped(line))) }
            }

            let failed = try await client.get("/")
            try site.replace("level: [region", with: "level: region", in: "oblast/entity.yaml")
            _ = try await client.nextReload(after: failed)
            let home = try await client.get("/")
            #expect(home.status == 200)
            #expect(home.text.contains("Тестовый сайт дорожных карт"))

            await server.stop()
            try await running.value
        }
    }

    @Test func anAddressThatIsNotAnIPAddressIsRefused() {
        let configuration = ServeConfiguration(content: "Content", templates: "Templates", output: "Output", address: ListenAddress(host: "example.org", port: 0))
        #expect(throws: ServeError.self) { try PreviewServer(configuration, rebuild: { SiteBuilder(content: "Content", templates: "Templates", output: "Output").check().report }) }
    }
}
