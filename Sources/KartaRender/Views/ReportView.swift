public struct ReportView: Sendable, Encodable {
    public struct Detail: Sendable, Encodable {
        public var label: String
        public var value: String
        /// For a date: its ISO form, for `<time datetime>` («» and `hasDatetime` false otherwise).
        public var datetime: String
        public var hasDatetime: Bool

        public init(label: String, value: String, datetime: String? = nil) {
            self.label = label
            self.value = value
            self.datetime = datetime ?? ""
            hasDatetime = datetime != nil
        }
    }

    /// One piece of the body: Markdown, or one generated section. Field names differ from every field
    /// of `ReportView`, because Mustache looks a nil field up in the enclosing view.
    public struct Block: Sendable, Encodable {
        public var markdownHTML: String?
        public var executionSection: ExecutionSectionView?
        public var expectedSection: ExpectedAchievedView?
        public var indicatorSection: IndicatorSectionView?
        public var chartSection: ChartSectionView?
    }

    public var chrome: ChromeView
    /// `@page` rules with the running title, for the page's `<head>` (already CSS-escaped).
    public var printStyle: String
    public var kicker: String
    public var title: String
    public var summary: String?
    public var approval: RoadmapView.ApprovalView?
    public var entity: LinkView
    public var details: [Detail]
    public var contacts: [Detail]
    public var isDemo: Bool
    public var pdfURL: String?
    public var indexURL: String
    public var blocks: [Block]
    /// The execution lists in full, after the body as «Приложение»: in the body each execution section
    /// keeps its summary by direction, so the printed report reads as text, not 20 pages of table.
    public var appendices: [ExecutionSectionView]
}
