import Foundation
import KartaModel
import KartaRender

/// What a public site needs beside its pages: search, a 404 page, `sitemap.xml` and `robots.txt`.
extension SiteGenerator {
    var publicPageJobs: [PageJob] {
        let groups = searchGroups
        return [
            PageJob(.search, path: SitePath.search) { $0.search(groups: groups) },
            PageJob(.notFound, path: SitePath.notFound, scope: .catalogue) { $0.notFound() },
        ]
    }

    /// The search index, the sitemap (with `base_url`) and `robots.txt`.
    var publicFileJobs: [FileJob] {
        let groups = searchGroups
        var jobs = [FileJob(path: SitePath.searchIndex) {
            // Read from the groups by position: a copy of all entries in one array was 40 MB at 200k items.
            let starts = groups.reduce(into: [0]) { $0.append($0.last! + $1.entries.count) }
            return try JSONExport.data(SearchIndexExport(entries: []), elementCount: starts.last!, under: "entries", pretty: false) { range in
                var group = starts.lastIndex { $0 <= range.lowerBound }!
                return range.map { position in
                    while position >= starts[group + 1] { group += 1 }
                    return groups[group].entries[position - starts[group]]
                }
            }
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

/// `search/index.json`: what the search script reads. Links are relative to the search page.
struct SearchIndexExport: Encodable {
    var version = 1
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
