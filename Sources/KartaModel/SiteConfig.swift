/// Site-wide settings from `site.yaml`.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String?
    /// Raw HTML in Markdown is dropped unless the site opts in.
    public var allowRawHTML: Bool
    /// Where the site is published (`https://example.ru/karta/`, always ending in `/`): used for
    /// `sitemap.xml`, canonical links and Open Graph addresses, which must be absolute.
    public var baseURL: String?

    public init(title: String, description: String? = nil, allowRawHTML: Bool = false, baseURL: String? = nil) {
        self.title = title
        self.description = description
        self.allowRawHTML = allowRawHTML
        self.baseURL = baseURL
    }
}
