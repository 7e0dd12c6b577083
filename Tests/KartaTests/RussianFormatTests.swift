import KartaModel
import KartaRender
import Testing

@Suite("Russian wording")
struct RussianFormatTests {
    /// One (1, 21, 101 …), few (2–4, 22–24 …), many (0, 5–20, 25–30, 111–114 …).
    @Test(arguments: [
        (1, "1 мероприятие"), (2, "2 мероприятия"), (4, "4 мероприятия"), (5, "5 мероприятий"),
        (11, "11 мероприятий"), (12, "12 мероприятий"), (14, "14 мероприятий"), (21, "21 мероприятие"),
        (22, "22 мероприятия"), (25, "25 мероприятий"), (101, "101 мероприятие"), (111, "111 мероприятий"),
        (112, "112 мероприятий"), (0, "0 мероприятий"),
    ])
    func pluralPicksTheRightForm(_ count: Int, _ expected: String) {
        #expect(RussianFormat.plural(count, one: "мероприятие", few: "мероприятия", many: "мероприятий") == expected)
        #expect(RussianFormat.activities(count) == expected)
    }

    @Test(arguments: [
        (2020, 6, 19, "19 июня 2020 г."), (2019, 1, 1, "1 января 2019 г."), (2021, 3, 8, "8 марта 2021 г."),
        (2018, 12, 31, "31 декабря 2018 г."), (2020, 5, 9, "9 мая 2020 г."),
    ])
    func dateIsWrittenWithTheMonthInTheGenitive(_ year: Int, _ month: Int, _ day: Int, _ expected: String) throws {
        let date = try #require(CalendarDate(year: year, month: month, day: day))
        #expect(RussianFormat.date(date) == expected)
    }

    @Test func periodIsOneYearOrARange() {
        #expect(RussianFormat.period(Period(from: 2019, to: 2021)) == "2019–2021 гг.")
        #expect(RussianFormat.period(Period(from: 2020, to: 2020)) == "2020 г.")
    }

    @Test func statusesAreWords() {
        #expect(ItemStatus.allCases.map(RussianFormat.status) == ["выполнено", "выполняется", "не выполнено", "нет данных"])
    }

    @Test(arguments: [
        (1, "1 год", "1 направление", "1 пробел"), (3, "3 года", "3 направления", "3 пробела"),
        (5, "5 лет", "5 направлений", "5 пробелов"), (11, "11 лет", "11 направлений", "11 пробелов"),
        (21, "21 год", "21 направление", "21 пробел"),
    ])
    func everyCountTakesItsPluralForm(_ count: Int, _ years: String, _ directions: String, _ gaps: String) {
        #expect(RussianFormat.years(count) == years)
        #expect(RussianFormat.directions(count) == directions)
        #expect(RussianFormat.gaps(count) == gaps)
    }

    @Test(arguments: [
        ([9], "сентябрь"), ([1, 2, 3], "январь–март"), ([1, 2, 3, 9], "январь–март, сентябрь"),
        ([5, 11, 12], "май, ноябрь–декабрь"), (Array(1...12), "весь год"), ([], "месяц не указан"),
    ])
    func monthsAreNamedAndRunsJoined(_ months: [Int], _ expected: String) {
        #expect(RussianFormat.months(months) == expected)
    }

    @Test func yearsAreWrittenInFull() {
        #expect(RussianFormat.yearTitle(2022) == "2022 год")
        #expect(RussianFormat.inYear(2022) == "в 2022 году")
    }
}
