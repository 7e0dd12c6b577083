import Foundation
import KartaModel
import KartaSite
import Testing

/// `karta check --links`: every local address of a built site names a file, every `#anchor` an
/// element; broken ones are reported at the link's `file:line:column`.
@Suite("Link checker")
struct LinkCheckerTests {
    /// A hand-made site: one page per case, so each broken link is found alone.
    static func site(in folder: URL, page: String) throws -> URL {
        let root = folder.appendingPathComponent("site")
        let files = [
            "index.html": #"<!DOCTYPE html><html><body><h1 id="top-heading">Главная</h1><a name="old-anchor"></a></body></html>"#,
            "a/index.html": page,
            "a/b/index.html": #"<p id="row-1">строка</p>"#,
            "assets/karta.css": "body {}",
            "data/index.json": "{}",
        ]
        for (path, text) in files {
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return root
    }

    static let resolving = [
        #"<a href="../index.html">"#, #"<a href="b/index.html#row-1">"#, #"<a href="b/">"#, #"<a href="b">"#,
        #"<a href="../index.html#top-heading">"#, #"<a href="../index.html#old-anchor">"#, ##"<a href="#self">x</a><span id="self">"##,
        #"<link rel="stylesheet" href="../assets/karta.css">"#, #"<a href="../data/index.json#anything">"#,
        #"<a href="/assets/karta.css">"#, #"<a href="https://example.ru/x">"#, #"<a href="mailto:uo@example.ru">"#, #"<a href="//cdn.example/x">"#,
        #"<img src="../assets/karta.css" alt="">"#, #"<form action="b/index.html?q=1">"#, #"<a href="b/index.html?x=1#row-1">"#,
        #"<a href="../%61ssets/karta.css">"#, #"<a href='b/index.html#row&#45;1'>"#, #"<a href=b/index.html>"#,
        #"<script>var s = '<a href="missing.html">';</script>"#, #"<!-- <a href="missing.html"> -->"#, #"<a href="">"#,
    ]

    @Test(arguments: resolving)
    func linkThatResolvesIsNotReported(_ page: String) throws {
        try withTemporaryDirectory { folder in
            let root = try Self.site(in: folder, page: page)
            let report = LinkChecker(folders: [root.path]).check()
            #expect(report.diagnostics.isEmpty, "\(report.diagnostics.sorted.map(\.description))")
            #expect(report.pages == 3)
        }
    }

    struct Broken: Sendable, CustomTestStringConvertible {
        var page: String
        var reason: String
        var testDescription: String { page }
    }

    static let broken = [
        Broken(page: #"<a href="missing/index.html">"#, reason: "there is no file 'a/missing/index.html'"),
        Broken(page: #"<a href="b/index.html#row-2">"#, reason: "'a/b/index.html' has no element with id 'row-2'"),
        Broken(page: ##"<a href="#nowhere">"##, reason: "'a/index.html' has no element with id 'nowhere'"),
        Broken(page: #"<a href="../../outside.html">"#, reason: "it points outside the site folder"),
        Broken(page: #"<img src="../assets/logo.png" alt="">"#, reason: "there is no file 'assets/logo.png'"),
        Broken(page: #"<a href="JavaScript:alert(1)">"#, reason: "a javascript: address runs script"),
        Broken(page: #"<a href="c/">"#, reason: "there is no file 'a/c/index.html'"),
        Broken(page: #"<a href="/a/b/index.html#row-9">"#, reason: "'a/b/index.html' has no element with id 'row-9'"),
    ]

    @Test(arguments: broken)
    func brokenLinkIsReportedAtItsPosition(_ broken: Broken) throws {
        try withTemporaryDirectory { folder in
            let root = try Self.site(in: folder, page: "<p>\n  " + broken.page)
            let report = LinkChecker(folders: [root.path]).check()
            let errors = report.diagnostics.errors
            #expect(errors.count == 1, "\(report.diagnostics.sorted.map(\.description))")
            let error = try #require(errors.first)
            #expect(error.code == "broken-link")
            #expect(error.message.contains(broken.reason), "\(error.message)")
            #expect(error.location.file == root.path + "/a/index.html")
            #expect(error.location.line == 2)
            let valueStart = broken.page.firstIndex(of: "\"").map { broken.page.distance(from: broken.page.startIndex, to: $0) + 2 } ?? 0
            #expect(error.location.column == 3 + valueStart - 1, "\(error.location)")
            #expect(report.broken == 1)
        }
    }

    /// The 404 page is shown at any address, so it names the site root with `<base href="/…">`.
    @Test func linksBelowARootBaseStartAtTheSiteRoot() throws {
        try withTemporaryDirectory { folder in
            let root = try Self.site(in: folder, page: #"<base href="/karta/"><a href="assets/karta.css"> <a href="a/b/index.html#row-1"> <a href="gone/">"#)
            let errors = LinkChecker(folders: [root.path]).check().diagnostics.errors
            #expect(errors.map(\.message) == ["broken link 'gone/' (href): there is no file 'gone/index.html' in the site"])
        }
    }

    @Test func builtFixtureSiteHasNoBrokenLinks() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let output = folder.appendingPathComponent("out")
            let build = site.builder(output: output).build()
            #expect(build.succeeded)
            let report = LinkChecker(folders: [output.path]).check()
            #expect(report.diagnostics.isEmpty, "\(report.diagnostics.sorted.map(\.description))")
            #expect(report.pages == build.pagesWritten)
            #expect(report.localLinks > 100)
        }
    }

    @Test func commandReportsBrokenLinksAndFailsInEveryFolderGiven() throws {
        try withTemporaryDirectory { folder in
            let good = try Self.site(in: folder.appendingPathComponent("good"), page: #"<a href="b/">"#)
            let bad = try Self.site(in: folder.appendingPathComponent("bad"), page: #"<a href="b/#row-3">"#)
            let clean = try KartaExecutable.run(["check", "--links", good.path], in: folder)
            #expect(clean.status == 0, "\(clean.combined)")
            #expect(clean.stdout.contains("links: 1 local links in 3 pages checked, 0 external not checked; 0 broken"), "\(clean.stdout)")

            let run = try KartaExecutable.run(["check", "--links", good.path, "--links", bad.path], in: folder)
            #expect(run.status == 1)
            #expect(run.stderr.contains("\(bad.path)/a/index.html:1:10: error: broken link 'b/#row-3' (href): 'a/b/index.html' has no element with id 'row-3'"), "\(run.stderr)")
            #expect(run.stderr.contains("1 broken"))
            #expect(!run.stdout.contains("0 broken"))

            let missing = try KartaExecutable.run(["check", "--links", folder.appendingPathComponent("nothing").path], in: folder)
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("the site folder was not found"))
        }
    }
}
