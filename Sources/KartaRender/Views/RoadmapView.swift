import KartaTemplates

public struct RoadmapView: Sendable, Encodable {
    public struct ApprovalView: Sendable, Encodable {
        public var heading: String?
        public var text: String
        public var date: DateView?
    }

    public struct ColumnView: Sendable, Encodable {
        public var title: String
        public var key: String
    }

    public struct TocEntry: Sendable, Encodable {
        public var title: String
        public var anchor: String
        public var count: String
    }

    public struct SectionView: Sendable, Encodable {
        public var anchor: String
        public var title: String
        /// Made row by row as the page is rendered (a roadmap may have 200,000 items).
        public var rows: TemplateList<RowView>
    }

    public struct RowView: Sendable, Encodable {
        /// Never nil: Mustache would look a missing anchor up in the enclosing section.
        public var anchor: String
        public var isSubitem: Bool
        public var cells: [CellView]
    }

    public struct CellView: Sendable, Encodable {
        public var key: String
        /// The column's title, which heads the cell when a phone shows the row as a card.
        public var label: String
        public var isRowHeader: Bool
        /// Rendered Markdown (already safe HTML).
        public var html: String?
        /// Plain text; the template escapes it.
        public var text: String?
        /// For a deadline that names one day, month or year: its `<time datetime>` value («» and `hasDatetime`
        /// false otherwise: templates test flags, since a missing field is looked up in every enclosing view).
        public var datetime: String
        public var hasDatetime: Bool
        public var parties: [PartyView]
        /// Under a deadline «?»: «срок не определён». Nothing Karta infers (stage, level) is shown in
        /// the approved table: that is on the entity's analysis page.
        public var meta: String
        public var hasMeta: Bool
    }

    public var chrome: ChromeView
    public var title: String
    public var approval: ApprovalView?
    public var entity: LinkView
    public var period: String?
    public var itemCount: String
    public var jsonURL: String
    public var csvURL: String
    public var introHTML: String?
    public var toc: [TocEntry]
    public var columns: [ColumnView]
    public var columnCount: Int
    public var sections: [SectionView]
    public var outroHTML: String?
    /// The web address the roadmap was copied from, shown as «Источник».
    public var source: String?
}
