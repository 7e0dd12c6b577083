import Foundation
import KartaModel
import KartaSite
import Testing

/// Every page of a content folder rendered in memory with the real templates: path → HTML.
struct RenderedSite {
    var pages: [String: String]

    /// Records an issue when the content has errors, and throws when there is nothing to render.
    static func render(content folder: URL) throws -> RenderedSite {
        let (content, templates, report) = SiteBuilder(content: folder.path, templates: TestPaths.templates.path, output: "").check()
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.sorted.map(\.description))")
        let generator = SiteGenerator(content: try #require(content), templates: try #require(templates))
        var pages: [String: String] = [:]
        for file in generator.pages() {
            pages[file.path] = String(decoding: file.data, as: UTF8.self)
        }
        return RenderedSite(pages: pages)
    }

    func page(_ path: String) throws -> String {
        try #require(pages[path], "no page \(path); pages: \(pages.keys.sorted())")
    }
}
