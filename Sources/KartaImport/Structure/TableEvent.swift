/// What a table body is read into, in the order printed.
enum TableEvent {
    case section(title: String, line: Int, column: Int)
    case row(Row)
    /// A row with only a number: left out, but its number still counts for the numbering check.
    case numberOnly(number: String, line: Int, column: Int)
}
