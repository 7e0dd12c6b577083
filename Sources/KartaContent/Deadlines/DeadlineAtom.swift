import KartaModel

/// One piece of a deadline cell as the grammar reads it, before pieces are combined: a dated part
/// («август 2020 г.»), a yearly repeat («ежегодно»), or a label («обновление») that names what repeats.
struct DeadlineAtom: Sendable {
    var kind: DeadlineKind
    /// Set for a label; `kind` is then meaningless.
    var label: String?
    var warnings: [String] = []
    var context: String?
    var isYearInferred = false
    /// The tokens the atom was read from, for its verbatim text.
    var tokens: Range<Int>

    /// Kinds that can stand before «ежегодно» as its first occurrence(s).
    var isDated: Bool {
        guard label == nil else { return false }
        switch kind {
        case .date, .by, .from, .range, .month, .quarter, .year, .yearRange, .academicYear: return true
        default: return false
        }
    }
}
