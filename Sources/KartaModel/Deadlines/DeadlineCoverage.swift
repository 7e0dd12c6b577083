/// How many printed deadline cells the parser understood: the figure `karta check` prints.
public struct DeadlineCoverage: Sendable, Hashable, Encodable {
    /// Non-empty deadline cells of items and subitems.
    public var total: Int
    /// Of those, the cells read as some kind other than `unparsed` («?» counts: it is read as «not decided»).
    public var parsed: Int

    public init(total: Int = 0, parsed: Int = 0) {
        self.total = total
        self.parsed = parsed
    }

    public init(_ content: SiteContent) {
        self.init()
        for roadmap in content.roadmaps {
            for item in roadmap.itemsInOrder {
                count(item.schedule)
                item.subitems.forEach { count($0.schedule) }
            }
        }
    }

    private mutating func count(_ deadline: Deadline?) {
        guard let deadline, deadline.text.contains(where: { !$0.isWhitespace }) else { return }
        total += 1
        if !deadline.isUnparsed { parsed += 1 }
    }

    /// «336/341 parsed (98.5 %)».
    public var summary: String {
        let share = total == 0 ? 100 : Double(parsed) * 100 / Double(total)
        return "\(parsed)/\(total) parsed (\((share * 10).rounded(.down) / 10) %)"
    }
}
