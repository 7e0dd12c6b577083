import Foundation
import KartaModel
import KartaRender

/// What a public site needs beside its pages: search, a 404 page, `sitemap.xml` and `robots.txt`.
extension SiteGenerator {
    var publicPageJobs: [PageJob] {
        [
            PageJob(.search, path: SitePath.search) { $0.search() },
            PageJob(.notFound, path: SitePath.notFound, scope: .catalogue) { $0.notFound() },
        ]
    }

    /// The search index, the sitemap (with `base_url`) and `robots.txt`.
    var publicFileJobs: [FileJob] {
        let builder = viewBuilder
        let shards = content.roadmaps.map(SitePath.searchShard) + content.plans.map(SitePath.searchShard)
        var jobs = [FileJob(path: SitePath.searchIndex) {
            let entries = builder.searchGroups(from: SitePath.search, includingActivities: false).flatMap(\.entries)
            let shards = shards.map { SitePath.relative(from: SitePath.search, to: $0) }
            return try JSONExport.compactData(SearchIndexExport(entries: entries, shards: shards))
        }]
        let base = content.config.baseURL
        if let base {
            let paths = pageJobs.map(\.path).filter { $0 != SitePath.notFound }
            jobs.append(FileJob(path: SitePath.sitemap) { Data(Sitemap.xml(paths: paths, base: base).utf8) })
        }
        var robots = "User-agent: *\nAllow: /\n"
        if let base { robots += "Sitemap: \(base)\(SitePath.sitemap)\n" }
        jobs.append(FileJob(path: SitePath.robots) { [robots] in Data(robots.utf8) })
        return jobs
    }
}

/// `search/index.json`: what the search script reads first. It holds the documents, reports, entities
/// and pages, and names the shards that hold the activities (`SearchShardExport`), one per roadmap or
/// plan, which the script fetches beside it. Links are relative to the search page, shards to the index.
struct SearchIndexExport: Encodable {
    var version = 2
    var entries: [SearchEntry]
    var shards: [String]
}

/// One roadmap's or plan's activities for search (`SitePath.searchShard`).
struct SearchShardExport: Encodable {
    var entries: [SearchEntry]
}

/// The sitemaps.org format: one `<url><loc>` per page, absolute, in page order. No `lastmod`: the
/// build reads no clock, so the same content gives the same file.
enum Sitemap {
    static func xml(paths: [String], base: String) -> String {
        var text = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        text += #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"# + "\n"
        for path in paths {
            text += "  <url><loc>\(escaped(base + path))</loc></url>\n"
        }
        return text + "</urlset>\n"
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&apos;")
    }
}
