/// One responsible body (an organisation, a role or a person) and the activities it is named for.
public struct ResponsibleView: Sendable {
    public struct Group: Sendable {
        public var roadmap: LinkView
        public var entity: String
        public var items: [EntityView.ResponsibilityItem]
    }

    public var chrome: ChromeView
    public var name: String
    public var full: String?
    public var kind: String?
    public var count: String
    public var groups: [Group]
}

/// The list of every responsible body with its number of activities.
public struct ResponsibleIndexView: Sendable {
    public var chrome: ChromeView
    public var bodies: [LinkView]
}
