/// Static SVG charts, each followed by the same data as a table.
public struct ChartSectionView: Sendable, Encodable {
    public struct DataRow: Sendable, Encodable {
        public var header: String
        public var cells: [String]
    }

    public struct Figure: Sendable, Encodable {
        public var anchor: String
        public var caption: String
        /// Safe SVG markup written by Karta (every text in it is escaped).
        public var svg: String
        public var tableCaption: String
        public var columns: [String]
        public var rows: [DataRow]
    }

    public var anchor: String
    public var heading: String
    public var level: Int
    public var figures: [Figure]
    public var emptyNote: String?
}
