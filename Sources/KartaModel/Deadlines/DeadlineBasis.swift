/// What a yearly deadline reports on: «по итогам отчетного периода» or «по итогам учебного года».
public enum DeadlineBasis: String, Sendable, Hashable, CaseIterable, Encodable {
    case reportingPeriod = "reporting_period"
    case academicYear = "academic_year"
}
