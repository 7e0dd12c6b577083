/// A month-by-month chart drawn as static SVG, with the same numbers as a table beside it.
///
/// Every coordinate is computed in Swift; the template only writes the elements. A cell's number is printed
/// inside it, so the chart never relies on colour alone.
public struct TimelineView: Sendable, Encodable {
    public struct ColumnLabel: Sendable, Encodable {
        public var x: Int
        public var text: String
    }

    public struct Cell: Sendable, Encodable {
        public var x: Int
        public var y: Int
        public var width: Int
        public var height: Int
        public var fill: String
        /// Nil for zero: the cell stays blank.
        public var count: String?
        public var textX: Int
        public var textY: Int
        public var textFill: String
    }

    public struct Row: Sendable, Encodable {
        public var label: String
        public var labelY: Int
        public var cells: [Cell]
        /// The row's numbers for the table, one per column, then the total.
        public var values: [String]
    }

    /// Unique on the page: the ids of `<title>` and `<desc>`.
    public var id: String
    public var title: String
    public var desc: String
    public var width: Int
    public var height: Int
    public var labelX: Int
    public var headerY: Int
    public var columns: [ColumnLabel]
    public var rows: [Row]
    /// Column headings of the table: the full month names, «месяц не указан», «всего».
    public var tableColumns: [String]
    public var rowHeading: String
}
