public struct HomeView: Sendable, Encodable {
    /// An entity with its children, for the tree on the home page.
    public struct TreeNode: Sendable, Encodable {
        public var label: String
        public var url: String
        public var note: String
        public var children: [TreeNode]
    }

    public var chrome: ChromeView
    public var title: String
    public var description: String?
    public var introHTML: String?
    public var tree: [TreeNode]
    public var roadmaps: [LinkView]
    public var plans: [LinkView]
    /// The latest annual report of each entity that has one.
    public var reports: [LinkView]
    public var pages: [LinkView]
    public var levels: [LinkView]
    /// Every year page, every direction page and the list of responsible bodies.
    public var years: [LinkView]
    public var directions: [LinkView]
    public var responsible: LinkView?
    public var directionsURL: String
    public var glossaryURL: String
    public var catalogueURL: String
}
