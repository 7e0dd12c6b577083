import KartaModel

/// Russian wording for years, months and the counts shown on year, direction and responsible pages.
extension RussianFormat {
    static let monthNames = [
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ]
    static let monthShortNames = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]

    /// «январь»
    public static func month(_ month: Int) -> String {
        (1...12).contains(month) ? monthNames[month - 1] : String(month)
    }

    /// «янв» — for the columns of a timeline, where twelve full names do not fit.
    public static func monthShort(_ month: Int) -> String {
        (1...12).contains(month) ? monthShortNames[month - 1] : String(month)
    }

    /// «январь–март, сентябрь»: runs of consecutive months joined by a dash; «весь год» for all twelve, and
    /// «месяц не указан» for none.
    public static func months(_ months: [Int]) -> String {
        guard !months.isEmpty else { return "месяц не указан" }
        var runs: [(Int, Int)] = []
        for month in months.sorted() {
            if let last = runs.last, last.1 + 1 == month { runs[runs.count - 1].1 = month } else { runs.append((month, month)) }
        }
        if runs.count == 1, runs[0] == (1, 12) { return "весь год" }
        return runs.map { $0.0 == $0.1 ? month($0.0) : "\(month($0.0))–\(month($0.1))" }.joined(separator: ", ")
    }

    /// «2022 год»
    public static func yearTitle(_ year: Int) -> String { "\(year) год" }

    /// «в 2022 году»
    public static func inYear(_ year: Int) -> String { "в \(year) году" }

    /// «3 года», «5 лет»
    public static func years(_ count: Int) -> String {
        plural(count, one: "год", few: "года", many: "лет")
    }

    public static func directions(_ count: Int) -> String {
        plural(count, one: "направление", few: "направления", many: "направлений")
    }

    /// «2 пробела»: missing components of the management cycle.
    public static func gaps(_ count: Int) -> String {
        plural(count, one: "пробел", few: "пробела", many: "пробелов")
    }

    /// «дорожная карта», «план по уровням»: what kind of document prints an activity.
    public static func documentKind(_ source: Activity.Source) -> String {
        switch source {
        case .roadmap: "дорожная карта"
        case .plan: "план по уровням"
        }
    }

    /// How an activity's level was found, for the note beside it.
    public static func levelSource(_ source: LevelSource) -> String {
        switch source {
        case .explicit: "указан в дорожной карте"
        case .responsible: "по ответственным"
        case .entity: "по органу, утвердившему документ"
        case .plan: "столбец плана"
        }
    }
}
