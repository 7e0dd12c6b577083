import KartaModel

/// Russian wording for the interface: dates, plurals, labels of model values.
public enum RussianFormat {
    static let monthsGenitive = [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ]

    /// «19 июня 2020 г.»
    public static func date(_ date: CalendarDate) -> String {
        "\(date.day) \(monthsGenitive[date.month - 1]) \(date.year) г."
    }

    /// «2019–2021 гг.» or «2020 г.»; school years «2020/2021 учебный год», «2020/2021–2022/2023 учебные годы».
    public static func period(_ period: Period) -> String {
        if period.isAcademic {
            let first = "\(period.from)/\(period.from + 1)"
            return period.to <= period.from + 1 ? "\(first) учебный год" : "\(first)–\(period.to - 1)/\(period.to) учебные годы"
        }
        return period.from == period.to ? "\(period.from) г." : "\(period.from)–\(period.to) гг."
    }

    /// «2020/2021 учебный год (1 сентября 2020 г. – 31 августа 2021 г.)»
    public static func academicYear(_ academic: AcademicYear) -> String {
        "\(academic.first)/\(academic.last) учебный год (\(date(academic.start)) – \(date(academic.end)))"
    }

    /// CLDR plural categories for Russian integers: one (1, 21, 31 …), few (2–4, 22–24 …), many.
    public static func plural(_ count: Int, one: String, few: String, many: String) -> String {
        let n = abs(count)
        let lastTwo = n % 100
        let last = n % 10
        let word = if last == 1 && lastTwo != 11 { one }
            else if (2...4).contains(last) && !(12...14).contains(lastTwo) { few }
            else { many }
        return "\(count) \(word)"
    }

    public static func activities(_ count: Int) -> String {
        plural(count, one: "мероприятие", few: "мероприятия", many: "мероприятий")
    }

    public static func level(_ level: Level) -> String {
        switch level {
        case .region: "Субъект Российской Федерации"
        case .municipality: "Муниципальное образование"
        case .school: "Образовательная организация"
        }
    }

    /// Heading for a list of children of this level.
    public static func levelPlural(_ level: Level) -> String {
        switch level {
        case .region: "Субъекты Российской Федерации"
        case .municipality: "Муниципальные образования"
        case .school: "Образовательные организации"
        }
    }

    /// The level as a column of a per-level plan.
    public static func levelColumn(_ level: Level) -> String {
        switch level {
        case .region: "Региональный уровень"
        case .municipality: "Муниципальный уровень"
        case .school: "Уровень образовательной организации"
        }
    }

    public static func status(_ status: ItemStatus) -> String {
        switch status {
        case .done: "выполнено"
        case .inProgress: "выполняется"
        case .notDone: "не выполнено"
        case .noData: "нет данных"
        }
    }

    public static func glossaryKind(_ kind: GlossaryEntry.Kind) -> String {
        switch kind {
        case .organization: "организация"
        case .procedure: "процедура"
        case .document: "документ"
        case .other: "понятие"
        }
    }

    public static func directionGroup(_ group: Direction.Group) -> String {
        switch group {
        case .results: "Механизмы управления качеством образовательных результатов"
        case .activity: "Механизмы управления качеством образовательной деятельности"
        case .none: "Вне направлений"
        }
    }

    public static func pageKind(_ kind: Page.Kind) -> String {
        switch kind {
        case .concept: "Концепция"
        case .order: "Приказ"
        case .about: "О сайте"
        case .page: "Страница"
        }
    }
}
