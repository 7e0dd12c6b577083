import Foundation
import KartaSite
import Testing

/// The diff page as a browser lays it out (issue 17, point 4): no header spills into the next at 1280 px or
/// 390 px, and the first change shows without scrolling at 1280×800. Headless Chromium runs a probe in a copy
/// of the page; `make test` installs Chromium, elsewhere the test is skipped when it is missing.
@Suite("karta diff: layout in a browser")
struct DiffLayoutTests {
    static let chromium = Chromium.locate()
    static let page = "sverdlovskaya-oblast/kachkanar/roadmaps/msoko-2020/index.html"

    /// Writes into `<body data-layout>` the headers whose text runs out of their cell or over the next one, and
    /// where the first change ends.
    static let probe = """
        (function () {
          var problems = [];
          var headers = [].slice.call(document.querySelectorAll('table.diff-table thead th'));
          headers.forEach(function (cell, index) {
            var range = document.createRange();
            range.selectNodeContents(cell);
            var content = range.getBoundingClientRect();
            var box = cell.getBoundingClientRect();
            if (content.right > box.right + 0.5 || content.left < box.left - 0.5) problems.push('spills: ' + cell.textContent.trim());
            var next = headers[index + 1];
            if (next && box.right > next.getBoundingClientRect().left + 0.5) problems.push('overlaps: ' + cell.textContent.trim());
          });
          var first = document.getElementById('change-1');
          var layout = {problems: problems, firstChangeTop: first ? Math.ceil(first.getBoundingClientRect().top) : -1, viewport: innerHeight};
          document.body.setAttribute('data-layout', JSON.stringify(layout));
        })();
        """

    struct Layout: Decodable {
        var problems: [String]
        var firstChangeTop: Int
        var viewport: Int
    }

    /// A roadmap of the bundled content with a word changed in its first row and another row moved across sections
    /// from under a 190-character title: the note of the move names that section.
    func writeDiff(in folder: URL) throws {
        let content = TestPaths.packageRoot.appendingPathComponent("Content")
        for name in ["old", "new"] { try FileManager.default.copyItem(at: content, to: folder.appendingPathComponent(name)) }
        let site = ContentFixture(root: folder.appendingPathComponent("new"))
        let roadmap = "sverdlovskaya-oblast/kachkanar/roadmaps/msoko-2020.yaml"
        var text = try site.read(roadmap)
        let start = try #require(text.range(of: "      - id: normative-base-4\n")).lowerBound
        let end = try #require(text.range(of: "      - id: normative-base-5\n")).lowerBound
        let item = String(text[start..<end])
        text.removeSubrange(start..<end)
        let heading = "    title: \"Система оценки качества подготовки обучающихся\"\n    items:\n"
        text = text.replacingOccurrences(of: heading, with: heading + item)
        try site.write(text.replacingOccurrences(of: "Утверждение дорожной карты по развитию", with: "Принятие дорожной карты по развитию"), to: roadmap)
        let run = try KartaExecutable.run(["diff", "old", "new", "--output", "out", "--templates", TestPaths.templates.path], in: folder)
        #expect(run.status == 0, "\(run.combined)")
    }

    func layout(of page: URL, width: Int, height: Int, in folder: URL) throws -> Layout {
        let chromium = try #require(Self.chromium)
        var arguments = [
            "--headless", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions", "--hide-scrollbars",
            "--user-data-dir=\(folder.appendingPathComponent("profile-\(width)").path)", "--window-size=\(width),\(height)", "--dump-dom",
            page.absoluteString,
        ]
        // Chromium refuses to run as root with its sandbox on; the page is the test's own file.
        if geteuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        let dom = try ExternalTool.run(chromium.path, arguments).output
        let attribute = try #require(dom.range(of: #"data-layout="[^"]*""#, options: .regularExpression), "no layout in \(dom.prefix(500))")
        let json = dom[attribute].dropFirst("data-layout=\"".count).dropLast().replacingOccurrences(of: "&quot;", with: "\"")
        return try JSONDecoder().decode(Layout.self, from: Data(json.utf8))
    }

    @Test(.enabled(if: chromium != nil && KartaExecutable.url != nil, "needs chromium (make test installs it) and the karta executable"),
          .timeLimit(.minutes(3)))
    func headersStayInTheirColumnsAndTheFirstChangeShows() throws {
        try withTemporaryDirectory { folder in
            try writeDiff(in: folder)
            let original = folder.appendingPathComponent("out/" + Self.page)
            let probed = original.deletingLastPathComponent().appendingPathComponent("probe.html")
            let html = try String(contentsOf: original, encoding: .utf8)
            try html.replacingOccurrences(of: "</body>", with: "<script>\(Self.probe)</script></body>").write(to: probed, atomically: true, encoding: .utf8)
            let desktop = try layout(of: probed, width: 1280, height: 800, in: folder)
            #expect(desktop.problems.isEmpty, "at 1280 px: \(desktop.problems)")
            // The window's 800 px include the browser's own bar: the page gets less, so this is stricter than 1280×800.
            #expect(desktop.firstChangeTop > 0 && desktop.firstChangeTop + 24 <= desktop.viewport, "the first change starts at \(desktop.firstChangeTop) of \(desktop.viewport) px")
            let phone = try layout(of: probed, width: 390, height: 844, in: folder)
            #expect(phone.problems.isEmpty, "at 390 px: \(phone.problems)")
        }
    }
}
