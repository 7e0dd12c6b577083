/// Site-wide settings from `site.yaml`.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String?
    /// Raw HTML in Markdown is dropped unless the site opts in.
    public var allowRawHTML: Bool
    /// Where the site is published (`https://example.ru/karta/`, always ending in `/`): used for
    /// `sitemap.xml`, canonical links and Open Graph addresses, which must be absolute.
    public var baseURL: String?
    /// The most activities a page gathering them from many documents (a year, a responsible body, the
    /// search page without JavaScript) lists one by one; above it, such a page gives their number per
    /// entity with links to the entity's pages, which list them. Hundreds of thousands of rows on one
    /// page help nobody and would be most of a region's build.
    public var listLimit: Int
    /// Who publishes the site; nil when `site.yaml` does not say.
    public var owner: SiteOwner?
    /// Whether the footer ends with the small line «Сайт создан программой Karta» (`credit:`).
    public var showsCredit: Bool
    /// Whether the analysis pages are published (`analysis:`), or built only for the preview.
    public var analysis: AnalysisVisibility

    public static let defaultListLimit = 1000

    public init(
        title: String, description: String? = nil, allowRawHTML: Bool = false, baseURL: String? = nil, listLimit: Int = SiteConfig.defaultListLimit,
        owner: SiteOwner? = nil, showsCredit: Bool = true, analysis: AnalysisVisibility = .public
    ) {
        self.title = title
        self.description = description
        self.allowRawHTML = allowRawHTML
        self.baseURL = baseURL
        self.listLimit = listLimit
        self.owner = owner
        self.showsCredit = showsCredit
        self.analysis = analysis
    }
}
