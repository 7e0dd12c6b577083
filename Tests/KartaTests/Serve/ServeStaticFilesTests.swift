import Foundation
import KartaServe
import Testing

/// How the preview maps request paths onto the output folder: never outside it, however the path
/// is written, and folders, redirects and content types as a static host does them.
@Suite("Serve: static files")
struct ServeStaticFilesTests {
    /// `folder/site` with a few pages, `folder/secret.txt` beside it, and links leading in and out.
    func withSite(_ body: (StaticFiles, URL) throws -> Void) throws {
        try withTemporaryDirectory { folder in
            let site = folder.appendingPathComponent("site")
            let files = [
                "index.html": "<p>home</p>", "oblast/index.html": "<p>oblast</p>", "assets/style.css": "p{}",
                "data/index.json": "{}", "карта.csv": "a,b", ".env": "SECRET=1", "empty/.keep": "",
            ]
            for (path, text) in files {
                let url = site.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            try Data("root:x:0:0".utf8).write(to: folder.appendingPathComponent("secret.txt"))
            try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("out.txt").path, withDestinationPath: "../secret.txt")
            try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("outside").path, withDestinationPath: folder.path)
            try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("style.css").path, withDestinationPath: "assets/style.css")
            try body(StaticFiles(folder: site.path), site)
        }
    }

    func resolvedPath(_ site: URL, _ relative: String) -> String {
        site.appendingPathComponent(relative).resolvingSymlinksInPath().path
    }

    @Test func pathsThatLeaveTheFolderAreNotFound() throws {
        try withSite { files, _ in
            let attempts = [
                "/../secret.txt", "/../../etc/passwd", "/oblast/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
                "/oblast/%2e%2e/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/..%2Fsecret.txt", "/..%5Csecret.txt", "/.%2e/secret.txt",
                "/index.html%00.css", "/%00", "/oblast%00/index.html", "/out.txt", "/outside/secret.txt", "/outside/",
                "/.env", "/%2eenv", "/empty/.keep", "relative/index.html", "", "/%zz", "/oblast%2Findex.html",
            ]
            for path in attempts {
                #expect(files.resolve(path) == .notFound, "\(path)")
            }
        }
    }

    @Test func foldersServeTheirIndexAndRedirectWithoutTheirSlash() throws {
        try withSite { files, site in
            #expect(files.resolve("/") == .file(path: resolvedPath(site, "index.html"), contentType: "text/html; charset=utf-8"))
            #expect(files.resolve("/oblast/") == .file(path: resolvedPath(site, "oblast/index.html"), contentType: "text/html; charset=utf-8"))
            #expect(files.resolve("//oblast//") == files.resolve("/oblast/"))
            #expect(files.resolve("/oblast") == .redirect(location: "/oblast/"))
            #expect(files.resolve("//oblast") == .redirect(location: "/oblast/"), "never a protocol-relative //host")
            #expect(files.resolve("/empty/") == .notFound)
            #expect(files.resolve("/oblast/index.html/") == .notFound)
            #expect(files.resolve("/missing") == .notFound)
        }
    }

    @Test func filesCarryTheirContentTypeAndLinksInsideAreFollowed() throws {
        try withSite { files, site in
            #expect(files.resolve("/assets/style.css") == .file(path: resolvedPath(site, "assets/style.css"), contentType: "text/css; charset=utf-8"))
            #expect(files.resolve("/style.css") == .file(path: resolvedPath(site, "assets/style.css"), contentType: "text/css; charset=utf-8"))
            #expect(files.resolve("/data/index.json") == .file(path: resolvedPath(site, "data/index.json"), contentType: "application/json; charset=utf-8"))
            #expect(files.resolve("/%D0%BA%D0%B0%D1%80%D1%82%D0%B0.csv") == .file(path: resolvedPath(site, "карта.csv"), contentType: "text/csv; charset=utf-8"))
            #expect(files.resolve("/oblast/index.html") == .file(path: resolvedPath(site, "oblast/index.html"), contentType: "text/html; charset=utf-8"))
        }
    }

    @Test func theSitesOwn404PageIsFoundWhenThereIsOne() throws {
        try withSite { files, site in
            #expect(files.notFoundPage == nil)
            try Data("<p>404</p>".utf8).write(to: site.appendingPathComponent("404.html"))
            #expect(files.notFoundPage == resolvedPath(site, "404.html"))
        }
    }

    @Test func aMissingOutputFolderServesNothing() {
        #expect(StaticFiles(folder: "/nonexistent-karta-output").resolve("/") == .notFound)
    }
}

/// Which addresses `karta serve` treats as this machine only.
@Suite("Serve: loopback addresses")
struct ServeLoopbackTests {
    @Test(arguments: ["127.0.0.1", "127.0.0.2", "127.255.255.254", "localhost", "LOCALHOST", "::1", "[::1]", "::ffff:127.0.0.1"])
    func loopback(_ host: String) {
        #expect(ListenAddress(host: host).isLoopback)
    }

    @Test(arguments: ["0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "128.0.0.1", "127.0.0.1.example.org", "1127.0.0.1", "127.0.0", "127.0.0.256", "example.org", ""])
    func notLoopback(_ host: String) {
        #expect(!ListenAddress(host: host).isLoopback)
    }

    @Test func urlsPutIPv6InBrackets() {
        #expect(ListenAddress().url() == "http://127.0.0.1:8000/")
        #expect(ListenAddress(host: "::1", port: 8080).url() == "http://[::1]:8080/")
        #expect(ListenAddress(host: "[::1]", port: 0).url(port: 4321) == "http://[::1]:4321/")
    }
}
