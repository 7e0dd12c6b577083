import KartaModel

/// The month-by-month chart of year pages: one row per direction, one column per month plus one for activities
/// due that year without a month; each cell holds the number of activities, printed in it.
extension ViewBuilder {
    static let timelineLabelWidth = 210
    static let timelineColumnWidth = 42
    static let timelineRowHeight = 28
    static let timelineHeaderHeight = 28
    /// Shades from light to dark, with the text colour that keeps a 4.5:1 contrast on each.
    static let timelineShades: [(fill: String, text: String)] = [
        ("#dbe7f3", "#1a1a1a"), ("#a9c8e4", "#1a1a1a"), ("#2f6a9f", "#ffffff"), ("#0b4f8a", "#ffffff"),
    ]

    /// `rows` are labelled groups of activities; nil when nothing falls due in `year`.
    func timeline(id: String, year: Int, subject: String, rows: [(label: String, activities: [Activity])]) -> TimelineView? {
        let rows = rows.filter { !$0.activities.isEmpty }
        guard !rows.isEmpty else { return nil }
        // counts[row][0...11] per month, [12] without a month.
        let counts = rows.map { row -> [Int] in
            var counts = Array(repeating: 0, count: 13)
            for activity in row.activities {
                let months = activity.months(in: year)
                if months.isEmpty { counts[12] += 1 }
                for month in months { counts[month - 1] += 1 }
            }
            return counts
        }
        let maximum = max(1, counts.flatMap { $0 }.max() ?? 1)
        let labelWidth = Self.timelineLabelWidth, columnWidth = Self.timelineColumnWidth
        let rowHeight = Self.timelineRowHeight, headerHeight = Self.timelineHeaderHeight
        let columns = (0..<13).map { index in
            TimelineView.ColumnLabel(
                x: labelWidth + index * columnWidth + columnWidth / 2,
                text: index < 12 ? RussianFormat.monthShort(index + 1) : "без мес.")
        }
        let viewRows = rows.enumerated().map { rowIndex, row in
            let top = headerHeight + rowIndex * rowHeight
            let cells = counts[rowIndex].enumerated().map { column, count -> TimelineView.Cell in
                let shade = count == 0 ? ("#ffffff", "#1a1a1a") : Self.timelineShades[min(3, (count * 4 - 1) / maximum)]
                let x = labelWidth + column * columnWidth
                return TimelineView.Cell(
                    x: x + 1, y: top + 1, width: columnWidth - 2, height: rowHeight - 2, fill: shade.0,
                    count: count == 0 ? nil : String(count), textX: x + columnWidth / 2, textY: top + rowHeight / 2 + 4, textFill: shade.1)
            }
            let total = row.activities.count
            return TimelineView.Row(
                label: row.label, labelY: top + rowHeight / 2 + 4, cells: cells,
                values: counts[rowIndex].map(String.init) + [String(total)])
        }
        let monthTotals = (0..<12).map { month in counts.reduce(0) { $0 + $1[month] } }
        var desc = "\(subject.capitalizedFirst): число мероприятий \(RussianFormat.inYear(year)) по месяцам, по строке на направление."
        if let peak = monthTotals.max(), peak > 0, let month = monthTotals.firstIndex(of: peak) {
            desc += " Больше всего мероприятий приходится на \(RussianFormat.month(month + 1)): \(RussianFormat.activities(peak))."
        }
        let undated = counts.reduce(0) { $0 + $1[12] }
        if undated > 0 { desc += " Без указания месяца — \(RussianFormat.activities(undated))." }
        desc += " Те же данные приведены в таблице под схемой."
        return TimelineView(
            id: id, title: "Мероприятия по месяцам: \(subject), \(year) г.", desc: desc,
            width: labelWidth + 13 * columnWidth + 2, height: headerHeight + rows.count * rowHeight + 2,
            labelX: labelWidth - 8, headerY: headerHeight - 10, columns: columns, rows: viewRows,
            tableColumns: (1...12).map(RussianFormat.month) + ["месяц не указан", "всего"], rowHeading: "Направление")
    }

    /// The rows of a timeline: the activities grouped by direction, in catalogue order.
    func timelineRows(_ activities: [Activity]) -> [(label: String, activities: [Activity])] {
        directionOrder(of: activities).map { id in (directionShortTitle(id), activities.filter { $0.directionID == id }) }
    }

    /// The directions of `activities`: catalogue order first, then unknown ids in order of appearance.
    func directionOrder(of activities: [Activity]) -> [String] {
        let present = Set(activities.map(\.directionID))
        var order = content.directions.map(\.id).filter(present.contains)
        for activity in activities where !order.contains(activity.directionID) { order.append(activity.directionID) }
        return order
    }
}
