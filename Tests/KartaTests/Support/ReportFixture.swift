import Foundation

/// The valid fixture site with an annual report for «Городской округ Тестовый» for 2020 and its
/// indicators: what the report tests render, print and break one piece at a time.
enum ReportFixture {
    static let entity = "oblast/gorod"
    static let report = "oblast/gorod/reports/2020.md"
    static let indicators = "oblast/gorod/indicators.csv"

    /// Semicolons and decimal commas, as Russian Excel saves CSV. 2.1.1 has no 2019 row; 2.2.1 is «lower is better».
    static let indicatorsCSV = """
        Код;Показатель;Единица измерения;Год;Значение;Целевое значение;Лучше;Источник
        1.1.1;Охват детей дошкольным образованием;%;2018;80,1;;выше;форма 85-К
        1.1.1;;;2019;83,2;85;;форма 85-К
        1.1.1;;;2020;85,5;90;;форма 85-К
        2.1.1;Доля обучающихся во вторую смену;%;2018;12,0;;lower;форма ОО-1
        2.1.1;;;2020;9,5;10;;форма ОО-1
        2.2.1;Доля выпускников без аттестата;%;2019;1,8;1,5;lower;РИС ГИА
        2.2.1;;;2020;2,1;1,5;;РИС ГИА
        3.1.1;Численность педагогических работников;чел.;2019;1 302;;neutral;
        3.1.1;;;2020;1 296;;;

        """

    static let reportText = """
        ---
        year: 2020
        title: "Итоговый отчет о состоянии системы образования городского округа Тестовый за 2020 год"
        compiled_by: "Управление образованием городского округа Тестовый"
        date: 2021-10-20
        contacts: {"Телефон": "+7 000 000-00-00"}
        demo: true
        execution:
          msoko-2020:
            normative-base-2: {status: in-progress, result: "Проект положения обсуждён"}
        achieved: {}
        ---
        ## I. Анализ состояния и перспектив развития системы образования

        ### 1. Вводная часть

        Отчёт подготовлен для проверки.

        ### 2. Анализ по направлениям

        ```karta execution
        ```

        ```karta expected-results
        ```

        ### 3. Выводы и заключения

        Выводы.

        ```text
        ```karta indicators
        ```

        ## II. Показатели мониторинга системы образования

        ```karta indicators
        title: "Показатели 2020 года"
        ```

        ```karta chart
        type: target
        ```

        ```karta chart
        type: dynamics
        codes: ["1.1"]
        ```

        """

    static func make(in folder: URL) throws -> ContentFixture {
        let site = try ContentFixture.copyOfValid(in: folder)
        try site.write(reportText, to: report)
        try site.write(indicatorsCSV, to: indicators)
        return site
    }
}
