/// One «Сроки» cell, read: the text exactly as printed plus what it means (domain model §3.3).
///
/// The printed `text` is never dropped, because the normalized form loses nuances («по итогам отчетного
/// периода») and a reader must always see the source wording next to any computed calendar view.
public struct Deadline: Sendable, Hashable {
    /// The cell (or, for nested deadlines, the part of it) exactly as printed.
    public var text: String
    /// What the text means; `.unparsed` when no rule matched.
    public var kind: DeadlineKind
    /// Typos and export artefacts repaired on the way, in English, for `karta check` and reviewers.
    public var warnings: [String]
    /// A trailing note that is not part of the date («в рамках программы Иннопром – 2019», «УМО, ММЦ»).
    public var context: String?
    /// True when a year was taken from the plan rather than printed («Апрель» in a 2019 roadmap).
    public var isYearInferred: Bool

    public init(
        text: String, kind: DeadlineKind, warnings: [String] = [], context: String? = nil, isYearInferred: Bool = false
    ) {
        self.text = text
        self.kind = kind
        self.warnings = warnings
        self.context = context
        self.isYearInferred = isYearInferred
    }

    /// A deadline nobody could read: the text is kept and shown as is.
    public static func unparsed(_ text: String, warnings: [String] = []) -> Deadline {
        Deadline(text: text, kind: .unparsed, warnings: warnings)
    }
}
