extension ChromeView {
    /// For pages made outside `ViewBuilder` that wear the site's layout (the `karta diff` report): the
    /// site's assets beside them, no search.
    public static func standalone(
        pageTitle: String, siteTitle: String, description: String?, stylesheet: String, accessibilityScript: String, homeURL: String,
        nav: [Link], breadcrumbs: [Link]
    ) -> ChromeView {
        ChromeView(
            pageTitle: pageTitle, siteTitle: siteTitle, description: description, stylesheet: stylesheet,
            accessibilityScript: accessibilityScript, searchURL: nil, homeURL: homeURL, nav: nav, breadcrumbs: breadcrumbs)
    }
}

extension ChromeView.Link {
    public static func to(_ label: String, url: String, isCurrent: Bool = false) -> ChromeView.Link {
        ChromeView.Link(label: label, url: url, isCurrent: isCurrent)
    }
}
