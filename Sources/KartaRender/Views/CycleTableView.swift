/// A direction × stage table of the management cycle for one entity (or one level of a plan): how many activities
/// each component has, with the components that have none marked «пробел» in words.
public struct CycleTableView: Sendable, Encodable {
    public struct Column: Sendable, Encodable {
        public var short: String
        public var title: String
        /// Whether `short` abbreviates `title` (then it is shown in an `<abbr>`).
        public var isShortened: Bool
    }

    public struct Cell: Sendable, Encodable {
        public var text: String
        public var isGap: Bool
        /// Spelled out for screen readers and tooltips: «Анализ результатов мониторинга: 3 мероприятия».
        public var label: String
    }

    public struct Row: Sendable, Encodable {
        public var heading: LinkView
        public var cells: [Cell]
        /// «полный цикл», «неполный цикл: 2 пробела» or «мероприятий нет».
        public var summary: String
        public var isComplete: Bool
    }

    public var anchor: String
    public var caption: String
    public var rowHeading: String
    public var columns: [Column]
    public var rows: [Row]
}
