public struct ExpectedResultsView: Sendable, Encodable {
    public struct Cell: Sendable, Encodable {
        public var html: String?
        /// The column's year, which heads the cell in a phone's card.
        public var label: String
    }

    public struct Row: Sendable, Encodable {
        public var anchor: String
        public var cells: [Cell]
    }

    public struct SectionView: Sendable, Encodable {
        public var anchor: String
        public var title: String
        public var rows: [Row]
    }

    public var chrome: ChromeView
    public var title: String
    public var caption: String
    public var entity: LinkView
    public var introHTML: String?
    public var years: [String]
    public var columnCount: Int
    public var sections: [SectionView]
}
