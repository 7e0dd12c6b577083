/// What the base layout needs on every page: titles, navigation, breadcrumbs, asset links.
public struct ChromeView: Sendable {
    public struct Link: Sendable {
        public var label: String
        public var url: String
        public var isCurrent: Bool
    }

    public var pageTitle: String
    public var siteTitle: String
    public var description: String?
    public var stylesheet: String
    public var homeURL: String
    public var nav: [Link]
    /// From the home page down to the parent of the current page.
    public var breadcrumbs: [Link]
}
