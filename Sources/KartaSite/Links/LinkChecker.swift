import Foundation
import KartaModel

/// Checks a built site: every local `href`, `src`, `srcset`, `action` and `poster` must name a file
/// in the site, and every `#anchor` an element of the page it points to.
///
/// External addresses (a scheme such as `https:` or `mailto:`, or `//host`) are counted, not
/// fetched. `javascript:` and `vbscript:` addresses are reported: Karta never writes them. A path
/// starting with `/` is taken from the site's folder, and so are the links of a page with a
/// `<base href="/…">` (the 404 page, which a server shows at any address).
public struct LinkChecker: Sendable {
    /// Each folder is a site of its own (a built `Output/`, a `karta diff` output).
    public var folders: [String]

    public init(folders: [String]) {
        self.folders = folders
    }

    public func check() -> LinkReport {
        var report = LinkReport()
        for folder in folders {
            check(folder: folder, into: &report)
        }
        return report
    }

    private func check(folder: String, into report: inout LinkReport) {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            report.diagnostics.error(.noSite, "the site folder was not found; name a built site folder with --links DIR", at: SourceLocation(file: folder))
            return
        }
        let site = SiteFiles(folder: folder)
        for page in site.pages {
            report.pages += 1
            guard let references = site.references(of: page) else {
                report.diagnostics.error(.read, "the page could not be read as UTF-8", at: SourceLocation(file: site.display(page)))
                continue
            }
            for reference in references.references {
                let location = SourceLocation(file: site.display(page), line: reference.line, column: reference.column)
                switch site.resolve(reference.value, from: page, base: references.base) {
                case .external:
                    report.externalLinks += 1
                case .local:
                    report.localLinks += 1
                case .broken(let reason):
                    report.localLinks += 1
                    report.diagnostics.error(.brokenLink, "broken link '\(reference.value)' (\(reference.attribute)): \(reason)", at: location)
                }
            }
        }
    }
}

/// What a link check found.
public struct LinkReport: Sendable {
    public var pages = 0
    public var localLinks = 0
    public var externalLinks = 0
    /// One error per broken link, at the link's `file:line:column`.
    public var diagnostics = Diagnostics()

    public var broken: Int { diagnostics.errors.filter { $0.code == "broken-link" }.count }

    public var summary: String {
        "links: \(localLinks) local links in \(pages) pages checked, \(externalLinks) external not checked; \(broken) broken"
    }
}
