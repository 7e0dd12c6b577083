import KartaModel

/// The Russian words deadlines are made of: months in every case, weekdays, ordinals, assessment programmes.
enum DeadlineLexicon {
    /// The month a word names, in any case («январь», «января», «январе»), or a common abbreviation («янв»).
    static func month(_ word: String) -> Int? {
        if let month = abbreviations[word] { return month }
        if mayForms.contains(word) { return 5 }
        for (stem, month) in monthStems where word.hasPrefix(stem) && word.count - stem.count <= 2 {
            return month
        }
        return nil
    }

    /// Whether `word` is an abbreviation that may be followed by a dot («сент.»).
    static func isMonthAbbreviation(_ word: String) -> Bool { abbreviations[word] != nil }

    /// Stems long enough not to catch other words; «май» has its own list because «ма» would.
    private static let monthStems: [(String, Int)] = [
        ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("июн", 6), ("июл", 7),
        ("август", 8), ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
    ]
    private static let mayForms: Set<String> = ["май", "мая", "мае", "маю", "маем"]
    private static let abbreviations: [String: Int] = [
        "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "авг": 8,
        "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
    ]

    /// The months a season spans: «лето 2019» (002 prints «(лето 2019)» for summer camps) is June to August.
    /// Winter is left out: «зима 2020» does not say which New Year it straddles.
    static func season(_ word: String) -> (first: Int, last: Int)? {
        switch word {
        case "весна", "весной", "весны": (3, 5)
        case "лето", "летом", "лета", "летний": (6, 8)
        case "осень", "осенью", "осени": (9, 11)
        default: nil
        }
    }

    /// Words after a year: «г.», «гг.», «года» …
    static let yearWords: Set<String> = ["г", "гг", "год", "года", "году", "годы", "годов", "годах", "годам"]

    /// «квартал» in the forms the seeds use, plus «кв.».
    static let quarterWords: Set<String> = ["квартал", "квартала", "квартале", "кварталы", "кварталах", "кварталов", "кв"]

    /// «полугодие» (a half-year is two quarters).
    static let halfYearWords: Set<String> = ["полугодие", "полугодия", "полугодии"]

    /// Roman quarter numbers («II квартал»), written with Latin letters.
    static let romanNumbers: [String: Int] = ["i": 1, "ii": 2, "iii": 3, "iv": 4]

    /// Endings glued to a number by a dash: «1-й», «2-я».
    static let ordinalEndings: Set<String> = ["й", "я", "ю", "е", "ый", "ой", "ий", "ая", "ое", "го"]

    static func weekday(_ word: String) -> Weekday? {
        switch word {
        case "понедельник", "понедельника": .monday
        case "вторник", "вторника": .tuesday
        case "среда", "среду", "среды": .wednesday
        case "четверг", "четверга": .thursday
        case "пятница", "пятницу", "пятницы": .friday
        case "суббота", "субботу", "субботы": .saturday
        case "воскресенье", "воскресенья": .sunday
        default: nil
        }
    }

    /// «второй» → 2; «последний» → -1.
    static func ordinal(_ word: String) -> Int? {
        switch word {
        case "первый", "первая", "первую", "первое", "первого": 1
        case "второй", "вторая", "вторую", "второе", "второго": 2
        case "третий", "третья", "третью", "третье", "третьего": 3
        case "четвертый", "четвертая", "четвертую", "четвертое", "четвертого": 4
        case "пятый", "пятая", "пятую", "пятое", "пятого": 5
        case "последний", "последняя", "последнюю", "последнее", "последнего": -1
        default: nil
        }
    }

    /// «один раз», «два раза».
    static func count(_ word: String) -> Int? {
        switch word {
        case "один", "одна", "однажды": 1
        case "два", "две": 2
        case "три": 3
        case "четыре": 4
        case "пять": 5
        default: nil
        }
    }

    /// The programme a word names; «ВОШ» is how one seed writes ВсОШ, ОГЭ/ЕГЭ/ГВЭ are forms of ГИА, and the
    /// international studies are МСИ.
    static func programme(_ word: String) -> AssessmentProgramme? {
        switch word {
        case "нико": .niko
        case "мси", "pisa", "timss", "pirls", "iccs", "talis": .msi
        case "впр": .vpr
        case "гиа", "огэ", "егэ", "гвэ": .gia
        case "всош", "вош": .vsosh
        default: word.hasPrefix("олимпиад") ? .vsosh : nil
        }
    }

    /// Labels of what repeats in «октябрь 2020 г., обновление ежегодно».
    static let repeatLabels: Set<String> = ["обновление", "пополнение", "актуализация", "корректировка", "уточнение"]

    /// Words that only make sense inside a deadline: a cell made of nothing else is a truncated one, and
    /// the parser never takes them for activity text spilled into the column.
    static let functionWords: Set<String> = [
        "в", "во", "на", "до", "к", "с", "со", "по", "не", "позднее", "позже", "начиная", "течение", "течении",
        "протяжении", "соответствии", "согласно", "итогам", "результатам", "квартал", "квартала", "квартале", "кв",
        "год", "года", "году", "г", "гг", "месяц", "месяца", "раз", "раза", "для", "каждой", "каждый", "каждую",
        "периода", "период", "срока", "учебного", "отчетного", "всего", "постоянно", "ежеквартально", "ежемесячно",
        "плану", "графику", "графиком", "планом", "проведения", "полугодие",
    ]
}
