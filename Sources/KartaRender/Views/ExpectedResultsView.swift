public struct ExpectedResultsView: Sendable {
    public struct Cell: Sendable {
        public var html: String?
    }

    public struct Row: Sendable {
        public var anchor: String
        public var cells: [Cell]
    }

    public struct SectionView: Sendable {
        public var anchor: String
        public var title: String
        public var directionTitle: String?
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
