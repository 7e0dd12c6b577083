import Foundation
import KartaSite
import Testing

/// An edit of wording alone (an activity's text) is carried into the model without loading the content
/// again, and renders exactly the pages that recorded printing that roadmap's wording; the output still
/// equals a full build, byte for byte. Anything else falls back to the whole-content path.
@Suite("Incremental rebuilds: edits of wording", .serialized)
struct WordingEditTests {
    /// Roadmaps of the bundled content that load without a warning (one with a warning is loaded again
    /// whole, so that its warnings are reported as a full load reports them), each item's text quoted.
    static let roadmaps = [
        "sverdlovskaya-oblast/kachkanar/roadmaps/msoko-2020.yaml",
        "tambovskaya-oblast/rasskazovskiy-rayon/roadmaps/leaders.yaml",
        "tambovskaya-oblast/rasskazovskiy-rayon/roadmaps/training-quality.yaml",
    ]
    /// A word no page of the bundled site holds, so the pages holding it are the pages that print the edit.
    static let marker = "Словоправки"

    /// Puts the marker in front of the first item's quoted text (indented as items are), or of every item's.
    static func editItemTexts(_ site: SiteCopy, _ roadmap: String, _ run: Int, all: Bool = false) throws {
        var text = try site.read(roadmap)
        var from = text.startIndex
        while let range = text.range(of: #"\n {6,}text: ""#, options: .regularExpression, range: from..<text.endIndex) {
            text.replaceSubrange(range, with: String(text[range]) + "\(marker)\(run) ")
            from = text.index(range.lowerBound, offsetBy: 1)
            if !all { break }
        }
        guard from > text.startIndex else { throw FixtureError("no item text in \(roadmap)") }
        try site.write(text, to: roadmap)
    }

    @Test(.timeLimit(.minutes(15)))
    func editsOfWordingRenderExactlyThePagesThatPrintThemAndEqualFullBuilds() throws {
        try withTemporaryDirectory { folder in
            let site = try SiteCopy(of: TestPaths.packageRoot.appendingPathComponent("Content"), in: folder)
            let build = site.incrementalBuild()
            let first = build.build()
            #expect(first.succeeded)
            for (run, roadmap) in Self.roadmaps.enumerated() {
                // Every item edited: every page that shows the roadmap's wording shows the marker.
                try Self.editItemTexts(site, roadmap, run, all: true)
                let report = build.build()
                #expect(report.succeeded && report.incremental && report.wordingOnly, "\(roadmap)")
                try site.expectSameAsFullBuild(roadmap)
                let showing = try Self.pagesHolding("\(Self.marker)\(run)", in: site.output)
                #expect(report.pagesRendered == showing.count, "\(roadmap): rendered \(report.pagesRendered), \(showing.count) pages show the edit: \(showing.sorted())")
                #expect(report.pagesRendered < first.pagesRendered / 2)
            }
        }
    }

    @Test(.timeLimit(.minutes(10)))
    func anEditOfMoreThanWordingIsWorkedOutFromTheWholeContent() throws {
        try withTemporaryDirectory { folder in
            let site = try SiteCopy(of: TestPaths.validContent, in: folder)
            let build = site.incrementalBuild()
            #expect(build.build().succeeded)
            try site.replace(#"deadline: "октябрь 2019""#, with: #"deadline: "октябрь 2021""#, in: IncrementalBuildTests.roadmap)
            let moved = build.build()
            #expect(moved.succeeded && moved.incremental && !moved.wordingOnly)
            try site.expectSameAsFullBuild("deadline")
        }
    }

    @Test(.timeLimit(.minutes(10)))
    func wordingWithAnUnexplainedAbbreviationIsReportedAsAFullLoadWouldReportIt() throws {
        try withTemporaryDirectory { folder in
            let site = try SiteCopy(of: TestPaths.validContent, in: folder)
            let build = site.incrementalBuild()
            #expect(build.build().succeeded)
            try site.replace(#"text: "Утверждение дорожной карты"#, with: #"text: "Утверждение ЖЩЫ дорожной карты"#, in: IncrementalBuildTests.roadmap)
            let report = build.build()
            #expect(report.succeeded && !report.wordingOnly)
            #expect(report.diagnostics.warnings.contains { $0.message.contains("ЖЩЫ") })
            try site.expectSameAsFullBuild("abbreviation")
        }
    }

    @Test(.timeLimit(.minutes(10)))
    func theSearchIndexIsShardedAndAnEditRewritesOneShard() throws {
        try withTemporaryDirectory { folder in
            let site = try SiteCopy(of: TestPaths.packageRoot.appendingPathComponent("Content"), in: folder)
            let build = site.incrementalBuild()
            #expect(build.build().succeeded)
            let index = try SearchIndexFile.object(site.output.appendingPathComponent("search/index.json"))
            let shards = try #require(index["shards"] as? [String])
            #expect(shards.count == 12 + 1, "one shard per roadmap and plan")
            #expect(!(try #require(index["entries"] as? [[String: Any]])).contains { $0["kind"] as? String == "activity" })
            // The search finds an activity of a municipality's roadmap: its entry is in that roadmap's shard.
            let roadmap = "sverdlovskaya-oblast/kachkanar/roadmaps/msoko-2020.yaml"
            try Self.editItemTexts(site, roadmap, 0)
            let before = try FileTree.read(site.output)
            #expect(build.build().wordingOnly)
            let after = try FileTree.read(site.output)
            let changed = after.entries.keys.filter { after.entries[$0] != before.entries[$0] }
            #expect(changed.filter { $0.hasSuffix("search.json") } == ["sverdlovskaya-oblast/kachkanar/roadmaps/msoko-2020/search.json"])
            // The index and the home page do not change; the search page does here, as the bundled site
            // is small enough for it to list every activity (list_limit).
            #expect(!changed.contains("search/index.json") && !changed.contains("index.html"))
            let entries = try SearchIndexFile.entries(in: site.output)
            let found = try #require(entries.first { ($0["text"] as? String)?.contains("\(Self.marker)0") == true })
            #expect((found["url"] as? String)?.hasPrefix("../sverdlovskaya-oblast/kachkanar/roadmaps/msoko-2020/index.html#") == true)
        }
    }

    /// The HTML pages of a built site whose text holds `word`.
    static func pagesHolding(_ word: String, in output: URL) throws -> [String] {
        let tree = try FileTree.read(output)
        return tree.entries.compactMap { path, data in
            guard path.hasSuffix(".html"), let data, String(decoding: data, as: UTF8.self).contains(word) else { return nil }
            return path
        }
    }
}
