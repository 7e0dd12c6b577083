/// What the base layout needs on every page: titles, navigation, breadcrumbs, asset links.
public struct ChromeView: Sendable, Encodable {
    public struct Link: Sendable, Encodable {
        public var label: String
        public var url: String
        public var isCurrent: Bool
    }

    public var pageTitle: String
    public var siteTitle: String
    /// This page's `<meta name="description">` and `og:description`.
    public var description: String?
    /// The published address (`<link rel="canonical">`, `og:url`); nil without `base_url`.
    public var canonicalURL: String?
    /// `<base href>`, set only on the 404 page, which servers show at any address.
    public var baseHref: String?
    public var stylesheet: String
    public var accessibilityScript: String
    /// The search page; nil where there is none to search (a `karta diff` report).
    public var searchURL: String?
    public var homeURL: String
    public var nav: [Link]
    /// From the home page down to the parent of the current page.
    public var breadcrumbs: [Link]
    /// Who publishes the site (`owner:` in `site.yaml`); nil when it does not say.
    public var owner: OwnerView?
    /// Whether the footer ends with «Сайт создан программой Karta».
    public var credit = true
}
