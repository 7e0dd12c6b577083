public struct PlanView: Sendable, Encodable {
    public struct CellView: Sendable, Encodable {
        public var isYear: Bool
        public var isNothing: Bool
        /// The column's title (the merged columns' titles), which heads the cell in a phone's card.
        public var label: String
        public var html: String?
        public var text: String?
        /// Adjacent levels with the same text share one cell.
        public var colspan: Int
        public var sharedLevels: String?
    }

    public struct RowView: Sendable, Encodable {
        public var anchor: String
        public var cells: [CellView]
    }

    public struct SectionView: Sendable, Encodable {
        public var anchor: String
        public var title: String
        public var rows: [RowView]
    }

    public var chrome: ChromeView
    public var title: String
    public var approval: RoadmapView.ApprovalView?
    public var entity: LinkView
    public var period: String?
    public var introHTML: String?
    public var columns: [RoadmapView.ColumnView]
    public var columnCount: Int
    public var sections: [SectionView]
}
