/// Counts the text of the current table cell (or paragraph outside tables) against
/// `ArchiveLimits.maxCellBytes`, so a 5 MB cell is refused while it is read, in constant time per run.
struct TextBudget {
    let limit: Int
    private(set) var used = 0

    init(limit: Int) {
        self.limit = limit
    }

    mutating func reset() { used = 0 }

    /// Adds text; false once the total passes the limit.
    mutating func spend(_ text: String) -> Bool {
        used += text.utf8.count
        return used <= limit
    }
}
