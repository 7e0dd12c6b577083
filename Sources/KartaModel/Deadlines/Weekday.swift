/// A day of the week, for «2 понедельник месяца».
public enum Weekday: String, Sendable, Hashable, CaseIterable, Encodable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday
}
