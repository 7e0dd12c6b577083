/// Site-wide settings from `site.yaml`.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String?
    /// Raw HTML in Markdown is dropped unless the site opts in.
    public var allowRawHTML: Bool

    public init(title: String, description: String? = nil, allowRawHTML: Bool = false) {
        self.title = title
        self.description = description
        self.allowRawHTML = allowRawHTML
    }
}
