/// A logical row of a table: one cell per column, gathered across page breaks.
struct Row {
    var cells: [Cell]
    var line: Int
    var column: Int
}
