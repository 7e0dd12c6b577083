/// The reports of one entity, newest first.
public struct ReportIndexView: Sendable, Encodable {
    public struct Entry: Sendable, Encodable {
        public var label: String
        public var url: String
        public var year: String
        public var pdfURL: String?
        public var isDemo: Bool
    }

    public var chrome: ChromeView
    public var title: String
    public var entity: LinkView
    public var reports: [Entry]
}
