/// The period a recurring deadline repeats in.
public enum RecurrenceUnit: String, Sendable, Hashable, CaseIterable, Encodable {
    case week
    case month
    case quarter
    case halfYear = "half_year"
}
