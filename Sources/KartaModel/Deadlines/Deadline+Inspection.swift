/// Questions about a read deadline that checks and statistics ask, across nested deadlines.
extension Deadline {
    /// True when no rule understood the text.
    public var isUnparsed: Bool { kind == .unparsed }

    /// The deadlines inside this one: per-item values and the dated runs printed before «ежегодно».
    public var nested: [Deadline] {
        switch kind {
        case .perItem(let items): items
        case .annual(_, let first), .onceThenAnnual(let first, _): first
        default: []
        }
    }

    /// This deadline's repair warnings and those of every nested one, each once, in order.
    public var allWarnings: [String] {
        var seen = Set<String>()
        return (warnings + nested.flatMap(\.allWarnings)).filter { seen.insert($0).inserted }
    }
}
