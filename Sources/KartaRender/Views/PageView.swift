public struct PageView: Sendable, Encodable {
    public var chrome: ChromeView
    public var title: String
    public var kindLabel: String
    public var date: DateView?
    public var entity: LinkView?
    public var bodyHTML: String
}
