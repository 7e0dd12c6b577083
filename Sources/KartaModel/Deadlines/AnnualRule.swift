/// The qualifiers of a yearly deadline («ежегодно, октябрь-ноябрь», «ежегодно по итогам отчетного периода
/// (до 01 марта года, следующего за отчетным) 2020-2022 гг.»). Every field is optional: bare «ежегодно» has none.
public struct AnnualRule: Sendable, Hashable {
    /// «ежегодно, декабрь».
    public var month: Int?
    /// «ежегодно (февраль, сентябрь)»; empty when not a list.
    public var months: [Int]
    /// «ежегодно, октябрь-ноябрь».
    public var fromMonth: Int?
    public var toMonth: Int?
    /// «ежегодно, 1 квартал».
    public var quarter: Int?
    /// «ежегодно до 15 декабря».
    public var by: AnnualDueDay?
    /// «ежегодно, с 1 квартала 2021 г.»: when the repeat starts.
    public var from: DeadlinePoint?
    /// «ежегодно, 2020-2022 гг.»: the years the repeat covers when printed.
    public var years: YearSpan?
    /// «по итогам отчетного периода» / «по итогам учебного года».
    public var basis: DeadlineBasis?
    /// «в соответствии с Планом-графиком», «… графиком проведения ВПР».
    public var scheduleRef: ScheduleReference?
    /// «обновление», «пополнение»: what repeats, in `onceThenAnnual`.
    public var label: String?

    public init(
        month: Int? = nil, months: [Int] = [], fromMonth: Int? = nil, toMonth: Int? = nil, quarter: Int? = nil,
        by: AnnualDueDay? = nil, from: DeadlinePoint? = nil, years: YearSpan? = nil, basis: DeadlineBasis? = nil,
        scheduleRef: ScheduleReference? = nil, label: String? = nil
    ) {
        self.month = month
        self.months = months
        self.fromMonth = fromMonth
        self.toMonth = toMonth
        self.quarter = quarter
        self.by = by
        self.from = from
        self.years = years
        self.basis = basis
        self.scheduleRef = scheduleRef
        self.label = label
    }

    /// True when the rule already says which month(s) of the year it falls in.
    public var hasMonth: Bool { month != nil || !months.isEmpty || fromMonth != nil || quarter != nil }
}
