import Foundation
import Testing

/// The built fixture site holds together: ids are unique on each page, and every relative link and
/// `#fragment` points at a file and an id that exist.
@Suite("HTML structure of the built site")
struct HTMLStructureTests {
    static let roadmapPage = "oblast/gorod/roadmaps/msoko-2020/index.html"

    /// Builds the valid fixture and hands over its HTML pages (path → text) and all file paths.
    func withBuiltSite(_ body: (_ pages: [String: String], _ files: Set<String>) throws -> Void) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let output = folder.appendingPathComponent("out")
            let report = site.builder(output: output).build()
            #expect(report.succeeded)
            let tree = try FileTree.read(output)
            var pages: [String: String] = [:]
            for path in tree.files where path.hasSuffix(".html") {
                pages[path] = String(decoding: tree.entries[path]!!, as: UTF8.self)
            }
            try body(pages, Set(tree.files))
        }
    }

    static func attributeValues(_ name: String, in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: "\\s\(name)=\"([^\"]*)\"")
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).map { String(html[Range($0.range(at: 1), in: html)!]) }
    }

    static func duplicates(_ values: [String]) -> [String] {
        Dictionary(grouping: values, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    }

    @Test func idsAreUniqueOnEveryPage() throws {
        try withBuiltSite { pages, _ in
            #expect(pages.count >= 9)
            for (path, html) in pages.sorted(by: { $0.key < $1.key }) {
                let duplicated = Self.duplicates(Self.attributeValues("id", in: html))
                #expect(duplicated.isEmpty, "\(path) repeats ids \(duplicated)")
            }
        }
    }

    @Test func everyRelativeLinkAndFragmentResolves() throws {
        try withBuiltSite { pages, files in
            for (path, html) in pages.sorted(by: { $0.key < $1.key }) {
                // The 404 page names the site root with <base href>: servers show it at any address.
                let folder = html.contains("<base href=") ? URL(fileURLWithPath: "/site/") : URL(fileURLWithPath: "/site/" + path).deletingLastPathComponent()
                for href in Self.attributeValues("href", in: html) where !html.contains("<base href=\"\(href)\">") {
                    if href.hasPrefix("http://") || href.hasPrefix("https://") || href.hasPrefix("mailto:") { continue }
                    let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                    let target: String
                    if parts[0].isEmpty {
                        target = path
                    } else {
                        let resolved = URL(fileURLWithPath: parts[0], relativeTo: folder).standardizedFileURL.path
                        #expect(resolved.hasPrefix("/site/"), "\(path): \(href) leaves the site")
                        target = String(resolved.dropFirst("/site/".count))
                    }
                    #expect(files.contains(target), "\(path): \(href) points at a missing file \(target)")
                    if parts.count == 2, !parts[1].isEmpty, let page = pages[target] {
                        #expect(Self.attributeValues("id", in: page).contains(parts[1]), "\(path): \(href) points at a missing id")
                    }
                }
            }
        }
    }

    @Test func everyPageHasOneTitleAndOneH1() throws {
        try withBuiltSite { pages, _ in
            for (path, html) in pages {
                #expect(html.components(separatedBy: "<title>").count == 2, "\(path)")
                #expect(html.components(separatedBy: "<h1").count == 2, "\(path)")
                #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ru\">"), "\(path)")
            }
        }
    }
}
