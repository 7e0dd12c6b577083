import KartaModel

/// Files every public site has beside its pages: search, the 404 page, sitemap and robots.
extension SitePath {
    public static let search = "search/"
    public static let searchIndex = "search/index.json"
    /// The search entries of one roadmap's or plan's activities, beside its other exports: the index
    /// lists these shards, so an edit of one document rewrites its shard and not the whole index.
    public static func searchShard(_ roadmap: Roadmap) -> String { self.roadmap(roadmap) + "search.json" }
    public static func searchShard(_ plan: LevelPlan) -> String { self.plan(plan) + "search.json" }
    public static let searchScript = "assets/karta-search.js"
    public static let accessibilityScript = "assets/karta-a11y.js"
    /// A file, not a folder: servers are told to show it for any missing address (`error_page 404 /404.html`).
    public static let notFound = "404.html"
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"

    /// The published address of a page, when the site has a base URL: folder addresses, as servers
    /// answer them (`https://example.ru/karta/glossary/`).
    public static func absolute(_ path: String, base: String?) -> String? {
        base.map { $0 + path }
    }
}
