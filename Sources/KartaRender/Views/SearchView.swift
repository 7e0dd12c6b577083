/// One thing search can find: an activity, a document, a page, an organisation.
public struct SearchEntry: Sendable, Encodable {
    /// `activity`, `document`, `page`, `entity`, `report`.
    public var kind: String
    public var title: String
    /// Everything else that is searched: the full text, deadline, responsible bodies.
    public var text: String
    /// Relative to the search page, with the anchor of an activity.
    public var url: String
    /// Where it belongs («Качканар · Дорожная карта …»).
    public var context: String?
    /// On the search page only, for an activity of a territory with a glossary of its own: the title as HTML,
    /// marked to be typeset through that glossary.
    public var titleHTML: String? = nil
}

/// The search page: a form, and, as the no-JavaScript fallback, a plain list of everything.
public struct SearchView: Sendable, Encodable {
    public struct Group: Sendable, Encodable {
        public var heading: String
        public var anchor: String
        public var count: String
        public var entries: [SearchEntry]
    }

    public var chrome: ChromeView
    public var groups: [Group]
    public var total: String
    /// Set when the activities are more than `list_limit` and left off the page.
    public var listNote: String?
    public var indexURL: String
    public var scriptURL: String
}
