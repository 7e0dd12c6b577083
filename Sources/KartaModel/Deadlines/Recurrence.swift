/// How a non-yearly repeat is printed: «ежеквартально», «2 понедельник месяца», «1 раз в 3 года для каждой
/// образовательной организации», «раз в квартал по плану Управления образования».
public struct Recurrence: Sendable, Hashable {
    /// The unit that repeats («квартал», «месяц»); nil for «N раз в M года».
    public var every: RecurrenceUnit?
    /// «2 понедельник месяца» → 2; -1 for «последний».
    public var ordinal: Int?
    public var weekday: Weekday?
    /// «1 раз в 3 года» → times 1, everyYears 3.
    public var times: Int?
    public var everyYears: Int?
    public var scope: RecurrenceScope?
    public var scheduleRef: ScheduleReference?

    public init(
        every: RecurrenceUnit? = nil, ordinal: Int? = nil, weekday: Weekday? = nil, times: Int? = nil,
        everyYears: Int? = nil, scope: RecurrenceScope? = nil, scheduleRef: ScheduleReference? = nil
    ) {
        self.every = every
        self.ordinal = ordinal
        self.weekday = weekday
        self.times = times
        self.everyYears = everyYears
        self.scope = scope
        self.scheduleRef = scheduleRef
    }
}
