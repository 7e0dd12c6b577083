/// The shapes a deadline takes in the seeds, one case per `kind` of domain model §3.3, with that kind's fields.
/// Indirect: a kind is a few words in every item and activity that holds it, not the 250 bytes of its largest
/// case, and the items whose cells read the same share one (a region has 76,000 items and 3,100 deadlines).
public indirect enum DeadlineKind: Sendable, Hashable {
    /// «15 ноября 2019», «17.01.2022».
    case date(DeadlinePoint, milestones: [DeadlineMilestone] = [])
    /// «до 01.03.2022»; milestones follow the main date («… выгрузка данных ФИОКО 16.05.2022»).
    case by(DeadlinePoint, milestones: [DeadlineMilestone] = [])
    /// «с 07 октября 2019».
    case from(DeadlinePoint, milestones: [DeadlineMilestone] = [])
    /// «18.01-04.02.2022», «октябрь-ноябрь 2022», «1 – 2 квартал 2019».
    case range(from: DeadlinePoint, to: DeadlinePoint)
    /// «Январь 2020»; `year` is nil when neither printed nor inferable.
    case month(Int, year: Int?)
    /// «2 квартал 2020».
    case quarter(Int, year: Int?)
    /// «2022 г.».
    case year(Int)
    /// «2019, 2020», in printed order.
    case years([Int])
    /// «2020-2022 гг.».
    case yearRange(YearSpan)
    /// «2020/2021 учебный год», «2020–2021 уч. г.», «в течение 2020/21 учебного года»: September to August.
    case academicYear(AcademicYear)
    /// «ежегодно» with its qualifiers; `first` holds dated occurrences printed before it («август 2020 г., ежегодно»).
    case annual(AnnualRule, first: [Deadline] = [])
    /// «сентябрь 2020 г.; пополнение: ежегодно»: a first run, then a labelled yearly repeat.
    case onceThenAnnual(first: [Deadline], then: AnnualRule)
    /// «ежеквартально», «2 понедельник месяца», «1 раз в 3 года для каждой образовательной организации».
    case recurring(Recurrence)
    /// «постоянно».
    case continuous
    /// «в течение учебного года», «в течение всего периода по плану мероприятий».
    case during(DeadlinePeriod, scheduleRef: ScheduleReference? = nil)
    /// «в соответствии с графиком проведения НИКО»; nil means the activity's own schedule.
    case perSchedule(AssessmentProgramme?)
    /// «по результатам участия».
    case afterEvent(String)
    /// One deadline per sub-item of the activity («2019» / «2020» in separate paragraphs).
    case perItem([Deadline])
    /// An empty cell or «?»: not decided.
    case unspecified
    /// Text no rule understood; kept verbatim.
    case unparsed

    /// The `kind` string of the JSON form.
    public var name: String {
        switch self {
        case .date: "date"
        case .by: "by"
        case .from: "from"
        case .range: "range"
        case .month: "month"
        case .quarter: "quarter"
        case .year: "year"
        case .years: "years"
        case .yearRange: "year_range"
        case .academicYear: "academic_year"
        case .annual: "annual"
        case .onceThenAnnual: "once_then_annual"
        case .recurring: "recurring"
        case .continuous: "continuous"
        case .during: "during"
        case .perSchedule: "per_schedule"
        case .afterEvent: "after_event"
        case .perItem: "per_item"
        case .unspecified: "unspecified"
        case .unparsed: "unparsed"
        }
    }
}
