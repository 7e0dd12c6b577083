import Foundation
import KartaModel
import KartaRender

/// What a public site needs beside its pages: search, a 404 page, `sitemap.xml` and `robots.txt`.
extension SiteGenerator {
    var publicPageJobs: [PageJob] {
        [
            PageJob(path: SitePath.search) { $1.render($0.search(), template: "search") },
            PageJob(path: SitePath.notFound, scope: .catalogue) { $1.render($0.notFound(), template: "not-found") },
        ]
    }

    func publicFiles() throws -> [OutputFile] {
        let builder = viewBuilder
        let entries = builder.searchGroups(from: SitePath.search).flatMap(\.entries)
        let index = try JSONExport.data(SearchIndexExport(entries: []), splicing: entries, under: "entries", pretty: false)
        var files = [OutputFile(path: SitePath.searchIndex, data: index)]
        let base = content.config.baseURL
        if let base {
            let paths = pageJobs.map(\.path).filter { $0 != SitePath.notFound }
            files.append(OutputFile(path: SitePath.sitemap, text: Sitemap.xml(paths: paths, base: base)))
        }
        var robots = "User-agent: *\nAllow: /\n"
        if let base { robots += "Sitemap: \(base)\(SitePath.sitemap)\n" }
        files.append(OutputFile(path: SitePath.robots, text: robots))
        return files
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
