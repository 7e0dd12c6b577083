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
        // Every page of a region links to thousands of others: the depth is counted over the bytes
        // (the folders of `from`, empty ones not counted) and the `../` prefixes are made once.
        var depth = 0
        var inName = false
        for byte in from.utf8 {
            if byte == UInt8(ascii: "/") { inName = false } else if !inName { inName = true; depth += 1 }
        }
        var link = depth < upwardPrefixes.count ? upwardPrefixes[depth] : String(repeating: "../", count: depth)
        link += to
        if to.isEmpty || to.utf8.last == UInt8(ascii: "/") { link += "index.html" }
        return link
    }

    private static let upwardPrefixes = (0..<16).map { String(repeating: "../", count: $0) }

    /// An HTML id for a glossary term: spaces become hyphens (ids may not hold spaces).
    public static func termAnchor(_ abbreviation: String) -> String {
        // Every responsible body of every row links here; most abbreviations are one word.
        guard abbreviation.unicodeScalars.contains(where: \.properties.isWhitespace) else { return "term-" + abbreviation }
        return "term-" + abbreviation.map { $0.isWhitespace ? "-" : String($0) }.joined()
    }
}
