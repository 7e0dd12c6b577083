import Foundation
import Testing

/// Each kind of page of the valid fixture, rendered in memory with the real templates and compared
/// with its golden file. Re-record with `KARTA_RECORD_SNAPSHOTS=1` after an intended change.
@Suite("HTML snapshots")
struct HTMLSnapshotTests {
    static let pages: [(name: String, path: String)] = [
        ("home", "index.html"),
        ("entity", "oblast/gorod/index.html"),
        ("roadmap", "oblast/gorod/roadmaps/msoko-2020/index.html"),
        ("plan", "oblast/plans/levels-2018/index.html"),
        ("glossary", "glossary/index.html"),
        ("page", "oblast/gorod/concept/index.html"),
        ("year", "2019/index.html"),
        ("entity-year", "2019/oblast/gorod/index.html"),
        ("direction", "directions/training-quality/index.html"),
        ("directions", "directions/index.html"),
        ("responsible", "responsible/oo/index.html"),
        ("search", "search/index.html"),
        ("not-found", "404.html"),
        ("analysis", "oblast/gorod/analysis/index.html"),
        ("direction-analysis", "directions/training-quality/analysis/index.html"),
        ("analysis-index", "analysis/index.html"),
    ]

    @Test(arguments: pages)
    func pageMatchesItsGoldenFile(_ name: String, _ path: String) throws {
        let site = try RenderedSite.render(content: TestPaths.validContent)
        try GoldenFile.assertMatches(try site.page(path), named: name)
    }

    @Test func mismatchNamesTheFirstDifferingLine() {
        let message = GoldenFile.firstDifference(expected: "a\nb\nc\n", actual: "a\nB\nc\n", in: "x.html")
        #expect(message.contains("x.html at line 2"))
        #expect(message.contains(#"expected: "b""#))
        #expect(message.contains(#"actual:   "B""#))
        let shorter = GoldenFile.firstDifference(expected: "a\nb", actual: "a", in: "x.html")
        #expect(shorter.contains("line 2"))
        #expect(shorter.contains("actual:   <end of file>"))
    }
}
