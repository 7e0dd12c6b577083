import KartaModel

/// Where each thing lives in the output, as a site-relative path ("" is the home page).
///
/// Pages are folders with an `index.html`; links between pages are relative and name the
/// `index.html`, so the site works from any sub-folder of a web server and straight from disk.
public enum SitePath {
    public static let home = ""
    public static let glossary = "glossary/"
    public static let stylesheet = "assets/karta.css"
    public static let catalogue = "data/index.json"

    public static func entity(_ id: String) -> String { id + "/" }
    public static func roadmap(_ roadmap: Roadmap) -> String { "\(roadmap.entityID)/roadmaps/\(roadmap.id)/" }
    public static func roadmapJSON(_ roadmap: Roadmap) -> String { self.roadmap(roadmap) + "roadmap.json" }
    public static func roadmapCSV(_ roadmap: Roadmap) -> String { self.roadmap(roadmap) + "roadmap.csv" }
    public static func plan(_ plan: LevelPlan) -> String { "\(plan.entityID)/plans/\(plan.id)/" }
    public static func expectedResults(_ table: ExpectedResults) -> String { "\(table.entityID)/expected-results/\(table.id)/" }
    public static func level(_ level: Level) -> String { "levels/\(level.rawValue)/" }
    public static let responsibleIndex = "responsible/"
    public static func responsible(_ slug: String) -> String { "responsible/\(slug)/" }
    public static func page(_ page: Page) -> String { page.id == "index" ? home : page.id + "/" }

    /// The file a page path is written to.
    public static func file(for path: String) -> String {
        path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }

    /// A link from the page at `from` (a folder path) to `to` (a page folder or a file).
    public static func relative(from: String, to: String) -> String {
        let depth = from.split(separator: "/").count
        return String(repeating: "../", count: depth) + file(for: to)
    }

    /// An HTML id for a glossary term: spaces become hyphens (ids may not hold spaces).
    public static func termAnchor(_ abbreviation: String) -> String {
        "term-" + abbreviation.map { $0.isWhitespace ? "-" : String($0) }.joined()
    }
}
