/// A report's execution of activities: one row per activity whose status or result changed.
struct DiffExecutionView: Sendable, Encodable {
    var rows: [DiffTableView.RowView]
}
