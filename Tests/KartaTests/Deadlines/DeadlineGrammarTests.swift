@testable import KartaContent
import KartaModel
import Testing

/// One case per production of the grammar of domain model §3.2 (with forms the seeds do not print but the
/// grammar allows), and one per typo or export artefact of §3.5. The §3.4 inventory is checked string by string
/// in `DeadlineParserTests`; here every rule is named, so a reader can tick the document off.
@Suite("Deadline grammar and artefacts")
struct DeadlineGrammarTests {
    /// (production, text, default year, expected JSON as in §3.3).
    static let productions: [(String, String, Int?, String)] = [
        ("exact: DD.MM.YYYY", "17.01.2022", nil, #"{"kind":"date","date":"2022-01-17"}"#),
        ("exact: D MONTH YEAR", "15 ноября 2019", nil, #"{"kind":"date","date":"2019-11-15"}"#),
        ("exact: до DD.MM.YYYY", "до 01.03.2022", nil, #"{"kind":"by","date":"2022-03-01"}"#),
        ("exact: до D MONTH YEAR г.", "до 1 августа 2020 г.", nil, #"{"kind":"by","date":"2020-08-01"}"#),
        ("exact: с DD MONTH YEAR", "с 07 октября 2019", nil, #"{"kind":"from","date":"2019-10-07"}"#),
        ("exact: с DD.MM.YYYY", "с 01.09.2020", nil, #"{"kind":"from","date":"2020-09-01"}"#),
        ("exact: до D MONTH, year from the plan", "до 15 декабря", 2020, #"{"kind":"by","date":"2020-12-15","year_inferred":true}"#),
        ("milestone", "до 29.04.2022 выгрузка данных ФИОКО 16.05.2022", nil,
         #"{"kind":"by","date":"2022-04-29","milestones":[{"label":"выгрузка данных ФИОКО","date":"2022-05-16"}]}"#),
        ("range: DD.MM-DD.MM.YYYY", "25.04-01.06.2022", nil, #"{"kind":"range","from":"2022-04-25","to":"2022-06-01"}"#),
        ("range: DD-DD.MM.YYYY", "02-04.02.2022", nil, #"{"kind":"range","from":"2022-02-02","to":"2022-02-04"}"#),
        ("range: MONTH-MONTH YEAR", "октябрь-ноябрь 2022", nil,
         #"{"kind":"range","from":{"month":10,"year":2022},"to":{"month":11,"year":2022}}"#),
        ("range: MONTH-MONTH, YEAR", "май - июнь, 2021", nil, #"{"kind":"range","from":{"month":5,"year":2021},"to":{"month":6,"year":2021}}"#),
        ("range: MONTH-MONTH, year from the plan", "октябрь - ноябрь", 2020,
         #"{"kind":"range","from":{"month":10,"year":2020},"to":{"month":11,"year":2020},"year_inferred":true}"#),
        ("range: MONTH YEAR-MONTH YEAR", "декабрь 2018 – февраль 2019", nil,
         #"{"kind":"range","from":{"month":12,"year":2018},"to":{"month":2,"year":2019}}"#),
        ("month_year", "Январь 2020", nil, #"{"kind":"month","month":1,"year":2020}"#),
        ("month_year: MONTH, YEAR", "октябрь, 2020", nil, #"{"kind":"month","month":10,"year":2020}"#),
        ("month", "Апрель", nil, #"{"kind":"month","month":4,"year":null}"#),
        ("month, year from the plan", "Апрель", 2019, #"{"kind":"month","month":4,"year":2019,"year_inferred":true}"#),
        ("quarter", "1 квартал", nil, #"{"kind":"quarter","quarter":1,"year":null}"#),
        ("quarter YEAR", "2 квартал 2020", nil, #"{"kind":"quarter","quarter":2,"year":2020}"#),
        ("quarter: Q-Q кварталa YEAR", "1-2 квартала 2019", nil, #"{"kind":"range","from":{"quarter":1,"year":2019},"to":{"quarter":2,"year":2019}}"#),
        ("year", "2020", nil, #"{"kind":"year","year":2020}"#),
        ("year г.", "2022 г.", nil, #"{"kind":"year","year":2022}"#),
        ("year года, glued", "2021года", nil, #"{"kind":"year","year":2021}"#),
        ("years", "2019, 2020", nil, #"{"kind":"years","years":[2019,2020]}"#),
        ("year_range гг.", "2020-2022 гг.", nil, #"{"kind":"year_range","from":2020,"to":2022}"#),
        ("annual", "ежегодно", nil, #"{"kind":"annual"}"#),
        ("annual: (MONTH)", "ежегодно (ноябрь)", nil, #"{"kind":"annual","month":11}"#),
        ("annual: (MONTH, MONTH)", "ежегодно (февраль, сентябрь)", nil, #"{"kind":"annual","months":[2,9]}"#),
        ("annual: , MONTH", "ежегодно, декабрь", nil, #"{"kind":"annual","month":12}"#),
        ("annual: MONTH-MONTH", "ежегодно май - август", nil, #"{"kind":"annual","from_month":5,"to_month":8}"#),
        ("annual: Q квартал", "ежегодно, 1 квартал", nil, #"{"kind":"annual","quarter":1}"#),
        ("annual: до D MONTH", "ежегодно до 15 декабря", nil, #"{"kind":"annual","by":{"month":12,"day":15}}"#),
        ("annual: с Q квартала YEAR", "ежегодно, с 1 квартала 2021 г.", nil, #"{"kind":"annual","from":{"quarter":1,"year":2021}}"#),
        ("annual: YEAR-YEAR гг.", "ежегодно, 2020-2022 гг.", nil, #"{"kind":"annual","years":[2020,2022]}"#),
        ("annual: по итогам отчетного периода (до …)", "ежегодно по итогам отчетного периода (до 01 марта года, следующего за отчетным) 2020-2022 гг.", nil,
         #"{"kind":"annual","basis":"reporting_period","by":{"month":3,"day":1,"year_offset":1},"years":[2020,2022]}"#),
        ("annual: по итогам учебного года (до …)", "ежегодно, по итогам учебного года (до 01 июля)", nil,
         #"{"kind":"annual","basis":"academic_year","by":{"month":7,"day":1}}"#),
        ("annual: в соответствии с Планом-графиком", "ежегодно, в соответствии с Планом-графиком", nil, #"{"kind":"annual","schedule_ref":"План-график"}"#),
        ("annual: по графику", "ежегодно, по графику", nil, #"{"kind":"annual","schedule_ref":"график"}"#),
        ("annual: графиком проведения WHAT", "ежегодно, в соответствии с графиком проведения ВПР", nil, #"{"kind":"annual","schedule_ref":"ВПР"}"#),
        ("annual: MONTH ежегодно", "Август ежегодно", nil, #"{"kind":"annual","month":8}"#),
        ("annual: firsts, ежегодно", "сентябрь 2020 г., апрель 2021 г., ежегодно", nil,
         #"{"kind":"annual","first":[{"kind":"month","month":9,"year":2020},{"kind":"month","month":4,"year":2021}]}"#),
        ("annual: range first, ежегодно", "октябрь-декабрь 2020 г., ежегодно", nil,
         #"{"kind":"annual","first":[{"kind":"range","from":{"month":10,"year":2020},"to":{"month":12,"year":2020}}]}"#),
        ("annual: firsts; LABEL: ежегодно", "сентябрь 2020 г.; пополнение: ежегодно", nil,
         #"{"kind":"once_then_annual","first":[{"kind":"month","month":9,"year":2020}],"then":{"kind":"annual","label":"пополнение"}}"#),
        ("recurring: ежеквартально", "ежеквартально", nil, #"{"kind":"recurring","every":"quarter"}"#),
        ("recurring: раз в квартал", "раз в квартал", nil, #"{"kind":"recurring","every":"quarter"}"#),
        ("recurring: раз в квартал по плану WHO", "раз в квартал по плану Управления образования", nil,
         #"{"kind":"recurring","every":"quarter","schedule_ref":"план Управления образования"}"#),
        ("recurring: N раз в N года для каждой ОО", "1 раз в 3 года для каждой образовательной организации", nil,
         #"{"kind":"recurring","times":1,"every_years":3,"scope":"per_organization"}"#),
        ("recurring: ORDINAL WEEKDAY месяца", "2 понедельник месяца", nil, #"{"kind":"recurring","every":"month","weekday":"monday","ordinal":2}"#),
        ("continuous", "постоянно", nil, #"{"kind":"continuous"}"#),
        ("during: учебного года", "в течение учебного года", nil, #"{"kind":"during","period":"academic_year","schedule_ref":null}"#),
        ("during: всего периода по плану мероприятий", "в течение всего периода по плану мероприятий", nil,
         #"{"kind":"during","period":"plan_period","schedule_ref":"план мероприятий"}"#),
        ("per_schedule: графиком проведения WHAT", "в соответствии с графиком проведения НИКО", nil, #"{"kind":"per_schedule","schedule":"НИКО"}"#),
        ("per_schedule: графиком", "в соответствии с графиком", nil, #"{"kind":"per_schedule","schedule":null}"#),
        ("per_schedule: по плану - графику", "по плану - графику проведения ВОШ", nil, #"{"kind":"per_schedule","schedule":"ВсОШ"}"#),
        ("after_event", "по результатам участия", nil, #"{"kind":"after_event","event":"участие"}"#),
        ("unspecified: empty", "", nil, #"{"kind":"unspecified"}"#),
        ("unspecified: ?", "?", nil, #"{"kind":"unspecified"}"#),
        ("season (002 «лето 2019»)", "лето 2019", nil, #"{"kind":"range","from":{"month":6,"year":2019},"to":{"month":8,"year":2019}}"#),
        ("compound with «;»", "2019; 2020", nil, #"{"kind":"years","years":[2019,2020]}"#),
    ]

    @Test(arguments: productions)
    func production(_ name: String, _ text: String, _ defaultYear: Int?, _ expected: String) throws {
        let deadline = DeadlineParser.parse(text, defaultYear: defaultYear)
        #expect(deadline.text == text, "\(name)")
        #expect(try DeadlineParserTests.json(deadline) == DeadlineParserTests.canonical(expected), "\(name)")
    }

    /// §3.5, bullet by bullet: (text, what it must read as, the warnings it must carry).
    static let artefacts: [(String, String, [String])] = [
        ("Июль 2019-01-27 (в рамках программы Иннопром – 2019)",
         #"{"kind":"month","month":7,"year":2019,"context":"в рамках программы Иннопром – 2019"}"#,
         ["garbage ISO date '2019-01-27' (spreadsheet auto-format artefact)"]),
        ("(Август 201, раб. Группа, оргкомитет при МОиПО СО)",
         #"{"kind":"month","month":8,"year":null,"context":"раб. Группа, оргкомитет при МОиПО СО"}"#,
         ["truncated year '201'; year left unknown"]),
        ("ежегодно по итогам отчетного периода (до",
         #"{"kind":"annual","basis":"reporting_period","by":{"month":3,"day":1,"year_offset":1},"years":[2020,2022]}"#,
         ["cell split by page break; tail '01 марта года, следующего за отчетным) 2020-2022 гг.' landed in the activity column"]),
        ("работы по ежегодному по итогам учебного года, 2021 - 2022 гг.",
         #"{"kind":"annual","basis":"academic_year","years":[2021,2022]}"#,
         ["leading 'работы по' belongs to the activity text (column shift)", "'ежегодному' is a typo for 'ежегодно'"]),
        ("квартал", #"{"kind":"unparsed"}"#, ["truncated cell (page break); original wording lost"]),
        ("периода", #"{"kind":"during","period":"plan_period","schedule_ref":null}"#, ["truncated 'в течение всего периода' (page break)"]),
        ("ежегодно по итогам отчетного периода(до 01 марта года, следующего за отчетным) 2020-2022 гг.",
         #"{"kind":"annual","basis":"reporting_period","by":{"month":3,"day":1,"year_offset":1},"years":[2020,2022]}"#, []),
        ("ежегодно по итогам отчетного периода (до 01 марта года, следующего за отчетным) 2020-2022",
         #"{"kind":"annual","basis":"reporting_period","by":{"month":3,"day":1,"year_offset":1},"years":[2020,2022]}"#, []),
        ("январь 2021г.-июнь 2022 г.", #"{"kind":"range","from":{"month":1,"year":2021},"to":{"month":6,"year":2022}}"#, []),
        ("октябрь -декабрь 2020 г. ежегодно",
         #"{"kind":"annual","first":[{"kind":"range","from":{"month":10,"year":2020},"to":{"month":12,"year":2020}}]}"#, []),
        ("октябрь - декабрь 2020 г., ежегодно",
         #"{"kind":"annual","first":[{"kind":"range","from":{"month":10,"year":2020},"to":{"month":12,"year":2020}}]}"#, []),
        ("октябрь-декабрь 2020 г., ежегодно",
         #"{"kind":"annual","first":[{"kind":"range","from":{"month":10,"year":2020},"to":{"month":12,"year":2020}}]}"#, []),
        ("Март 2019", #"{"kind":"month","month":3,"year":2019}"#, []),
        ("Март 2019 г.", #"{"kind":"month","month":3,"year":2019}"#, []),
        ("Постоянно", #"{"kind":"continuous"}"#, []),
        ("постоянно", #"{"kind":"continuous"}"#, []),
        ("2019, 2020", #"{"kind":"years","years":[2019,2020]}"#, []),
        ("2019,2020", #"{"kind":"years","years":[2019,2020]}"#, []),
        ("?", #"{"kind":"unspecified"}"#, []),
        ("", #"{"kind":"unspecified"}"#, []),
        ("<p>2019</p> <p>2020</p>", #"{"kind":"per_item","items":[{"kind":"year","year":2019},{"kind":"year","year":2020}]}"#, []),
        ("<p>2019</p> <p>2019</p> <p>2020</p>",
         #"{"kind":"per_item","items":[{"kind":"year","year":2019},{"kind":"year","year":2019},{"kind":"year","year":2020}]}"#, []),
        ("ежегодно\nЯнварь 2020", #"{"kind":"per_item","items":[{"kind":"annual"},{"kind":"month","month":1,"year":2020}]}"#, []),
    ]

    @Test(arguments: artefacts)
    func artefact(_ text: String, _ expected: String, _ warnings: [String]) throws {
        let deadline = DeadlineParser.parse(text, defaultYear: nil)
        #expect(deadline.text == text)
        #expect(deadline.allWarnings == warnings)
        var object = try DeadlineParserTests.json(deadline)
        if !warnings.isEmpty {
            // The warnings are compared above; the value must still be the intended one.
            var withoutWarnings = deadline
            withoutWarnings.warnings = []
            object = try DeadlineParserTests.json(withoutWarnings)
        }
        #expect(object == (try DeadlineParserTests.canonical(expected)))
    }
}
