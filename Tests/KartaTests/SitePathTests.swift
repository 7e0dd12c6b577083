import KartaRender
import Testing

/// Links are relative and name `index.html`, so the site works from any folder and from disk.
@Suite("Site paths and relative links")
struct SitePathTests {
    @Test(arguments: [
        ("", "", "index.html"),
        ("", "glossary/", "glossary/index.html"),
        ("", "assets/karta.css", "assets/karta.css"),
        ("glossary/", "", "../index.html"),
        ("oblast/gorod/", "oblast/", "../../oblast/index.html"),
        ("oblast/gorod/roadmaps/msoko-2020/", "assets/karta.css", "../../../../assets/karta.css"),
        ("oblast/gorod/roadmaps/msoko-2020/", "oblast/gorod/roadmaps/msoko-2020/roadmap.json", "../../../../oblast/gorod/roadmaps/msoko-2020/roadmap.json"),
        ("about/", "oblast/gorod/shkola-1/", "../oblast/gorod/shkola-1/index.html"),
        ("a//b/", "c", "../../c"),
        ("/a", "", "../index.html"),
        (String(repeating: "x/", count: 17), "", String(repeating: "../", count: 17) + "index.html"),
    ])
    func relativeLinkClimbsToTheRootThenDescends(_ from: String, _ to: String, _ expected: String) {
        #expect(SitePath.relative(from: from, to: to) == expected)
    }

    @Test func pageFolderBecomesItsIndexFile() {
        #expect(SitePath.file(for: "") == "index.html")
        #expect(SitePath.file(for: "oblast/gorod/") == "oblast/gorod/index.html")
        #expect(SitePath.file(for: "data/index.json") == "data/index.json")
    }

    @Test func termAnchorsHaveNoSpaces() {
        #expect(SitePath.termAnchor("МОУО УО") == "term-МОУО-УО")
        #expect(SitePath.termAnchor("ОО") == "term-ОО")
    }
}
