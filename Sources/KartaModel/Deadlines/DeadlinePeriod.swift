/// What «в течение …» spans.
public enum DeadlinePeriod: String, Sendable, Hashable, CaseIterable, Encodable {
    /// «в течение учебного года».
    case academicYear = "academic_year"
    /// «в течение всего периода»: the whole roadmap.
    case planPeriod = "plan_period"
}
