import KartaContent
import KartaModel

extension ViewBuilder {
    /// Servers show this page at any missing address, so its links start from the site's root and
    /// `<base href>` names that root: the base URL's path, or `/`.
    public func notFound() -> NotFoundView {
        let path = SitePath.home
        var chrome = chrome(from: path, title: "Страница не найдена", breadcrumbs: [], summary: "Такой страницы на сайте нет.")
        chrome.canonicalURL = nil
        chrome.baseHref = content.config.baseURL.map(BaseURL.path) ?? "/"
        chrome.nav = chrome.nav.map { ChromeView.Link(label: $0.label, url: $0.url, isCurrent: false) }
        return NotFoundView(
            chrome: chrome, homeURL: link(from: path, to: SitePath.home), searchURL: link(from: path, to: SitePath.search),
            glossaryURL: link(from: path, to: SitePath.glossary))
    }
}
