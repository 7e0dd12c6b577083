import Foundation
@testable import KartaContent
import KartaModel
import Testing

/// The deadline parser against domain model §3.4: every distinct «Сроки» string of the seeds, with the
/// normalized value the document gives, plus spelling variants, the 002 inline forms, calendar queries and a
/// fuzz run. Expected values are the §3.4 JSON pasted as is; `note` keys (documentation only) and `raw`
/// (the parser's `text`, checked separately) are ignored, and nested `text` is not compared here.
@Suite("Deadline parser")
struct DeadlineParserTests {
    // MARK: §3.4 inventory, G1–G14

    static let inventory: [(String, String)] = [
        // G1. Exact date, «до DATE», «с DATE» (incl. sub-milestone) — 11 distinct, 11 cells
        ("с 07 октября 2019", #"{"kind": "from", "date": "2019-10-07"}"#),
        ("15 ноября 2019", #"{"kind": "date", "date": "2019-11-15"}"#),
        ("до 17.01.2022", #"{"kind": "by", "date": "2022-01-17"}"#),
        ("17.01.2022", #"{"kind": "date", "date": "2022-01-17"}"#),
        ("25.01.2022", #"{"kind": "date", "date": "2022-01-25"}"#),
        ("20.01.2022", #"{"kind": "date", "date": "2022-01-20"}"#),
        ("до 01.03.2022", #"{"kind": "by", "date": "2022-03-01"}"#),
        ("до 30.03.2022", #"{"kind": "by", "date": "2022-03-30"}"#),
        ("до 29.04.2022 выгрузка данных ФИОКО 16.05.2022", #"{"kind": "by", "date": "2022-04-29", "milestones": [{"label": "выгрузка данных ФИОКО", "date": "2022-05-16"}]}"#),
        ("до 30.06.2022 выгрузка данных ФИОКО 01.11.2022", #"{"kind": "by", "date": "2022-06-30", "milestones": [{"label": "выгрузка данных ФИОКО", "date": "2022-11-01"}]}"#),
        ("до 1 августа 2020 г.", #"{"kind": "by", "date": "2020-08-01"}"#),
        // G2. Day-precision date range — 10 distinct, 10 cells
        ("18.01-04.02.2022", #"{"kind": "range", "from": "2022-01-18", "to": "2022-02-04"}"#),
        ("24.01-01.02.2022", #"{"kind": "range", "from": "2022-01-24", "to": "2022-02-01"}"#),
        ("02-04.02.2022", #"{"kind": "range", "from": "2022-02-02", "to": "2022-02-04"}"#),
        ("10-24.03.2022", #"{"kind": "range", "from": "2022-03-10", "to": "2022-03-24"}"#),
        ("01-29.04.2022", #"{"kind": "range", "from": "2022-04-01", "to": "2022-04-29"}"#),
        ("25.04-01.06.2022", #"{"kind": "range", "from": "2022-04-25", "to": "2022-06-01"}"#),
        ("30.05-13.06.2022", #"{"kind": "range", "from": "2022-05-30", "to": "2022-06-13"}"#),
        ("01-20.06.2022", #"{"kind": "range", "from": "2022-06-01", "to": "2022-06-20"}"#),
        ("03.10-14.10.2022", #"{"kind": "range", "from": "2022-10-03", "to": "2022-10-14"}"#),
        ("01.11-15.11.2022", #"{"kind": "range", "from": "2022-11-01", "to": "2022-11-15"}"#),
        // G3. Month + year — 15 distinct, 26 cells
        ("Январь 2020", #"{"kind": "month", "month": 1, "year": 2020}"#),
        ("Январь 2021", #"{"kind": "month", "month": 1, "year": 2021}"#),
        ("Март 2019", #"{"kind": "month", "month": 3, "year": 2019}"#),
        ("Март 2019 г.", #"{"kind": "month", "month": 3, "year": 2019}"#),
        ("октябрь 2019", #"{"kind": "month", "month": 10, "year": 2019}"#),
        ("июнь 2020", #"{"kind": "month", "month": 6, "year": 2020}"#),
        ("сентябрь 2020 г.", #"{"kind": "month", "month": 9, "year": 2020}"#),
        ("Февраль 2019", #"{"kind": "month", "month": 2, "year": 2019}"#),
        ("Май 2019", #"{"kind": "month", "month": 5, "year": 2019}"#),
        ("Июль 2019-01-27 (в рамках программы Иннопром – 2019)", #"{"kind": "month", "year": 2019, "month": 7, "context": "в рамках программы Иннопром – 2019", "warnings": ["garbage ISO date '2019-01-27' (spreadsheet auto-format artefact)"]}"#),
        ("ноябрь 2019", #"{"kind": "month", "month": 11, "year": 2019}"#),
        ("август 2022", #"{"kind": "month", "month": 8, "year": 2022}"#),
        ("июль 2020 г.", #"{"kind": "month", "month": 7, "year": 2020}"#),
        ("декабрь 2020 г.", #"{"kind": "month", "month": 12, "year": 2020}"#),
        ("октябрь, 2020", #"{"kind": "month", "month": 10, "year": 2020}"#),
        // G4. Month only (year implied by the plan) — 4 distinct, 5 cells
        ("Апрель", #"{"kind": "month", "month": 4, "year": null}"#),
        ("Сентябрь", #"{"kind": "month", "month": 9, "year": null}"#),
        ("Август", #"{"kind": "month", "month": 8, "year": null}"#),
        ("Ноябрь", #"{"kind": "month", "month": 11, "year": null}"#),
        // G5. Month range — 2 distinct, 3 cells
        ("январь 2021г.-июнь 2022 г.", #"{"kind": "range", "from": {"month": 1, "year": 2021}, "to": {"month": 6, "year": 2022}}"#),
        ("октябрь-ноябрь 2022", #"{"kind": "range", "from": {"month": 10, "year": 2022}, "to": {"month": 11, "year": 2022}}"#),
        // G6. Quarter / quarter range — 4 distinct, 5 cells
        ("1 квартал", #"{"kind": "quarter", "quarter": 1, "year": null}"#),
        ("2 квартал", #"{"kind": "quarter", "quarter": 2, "year": null}"#),
        ("2 квартал 2020", #"{"kind": "quarter", "quarter": 2, "year": 2020}"#),
        ("2 квартал 2021", #"{"kind": "quarter", "quarter": 2, "year": 2021}"#),
        // G7. Year — 5 distinct, 66 cells
        ("2019", #"{"kind": "year", "year": 2019}"#),
        ("2021", #"{"kind": "year", "year": 2021}"#),
        ("2022 г.", #"{"kind": "year", "year": 2022}"#),
        ("2020", #"{"kind": "year", "year": 2020}"#),
        ("2020 г.", #"{"kind": "year", "year": 2020}"#),
        // G8. Year range, year list — 6 distinct, 25 cells
        ("2019-2020", #"{"kind": "year_range", "from": 2019, "to": 2020}"#),
        ("2020-2022 гг.", #"{"kind": "year_range", "from": 2020, "to": 2022}"#),
        ("2019-2021", #"{"kind": "year_range", "from": 2019, "to": 2021}"#),
        ("2019, 2020", #"{"kind": "years", "years": [2019, 2020]}"#),
        ("2019,2020", #"{"kind": "years", "years": [2019, 2020]}"#),
        ("2021 - 2022 гг.", #"{"kind": "year_range", "from": 2021, "to": 2022}"#),
        // G9. Annual («ежегодно») family — 38 distinct, 147 cells
        ("ежегодно", #"{"kind": "annual"}"#),
        ("ежегодно, в соответствии с Планом-графиком", #"{"kind": "annual", "schedule_ref": "План-график"}"#),
        ("ежегодно по итогам отчетного периода (до 01 марта года, следующего за отчетным) 2020-2022 гг.", #"{"kind": "annual", "basis": "reporting_period", "by": {"month": 3, "day": 1, "year_offset": 1}, "years": [2020, 2022]}"#),
        ("ежегодно, декабрь", #"{"kind": "annual", "month": 12}"#),
        ("ежегодно, октябрь-ноябрь", #"{"kind": "annual", "from_month": 10, "to_month": 11}"#),
        ("Август ежегодно", #"{"kind": "annual", "month": 8}"#),
        ("Июль ежегодно", #"{"kind": "annual", "month": 7}"#),
        ("ежегодно (ноябрь)", #"{"kind": "annual", "month": 11}"#),
        ("ежегодно май - август", #"{"kind": "annual", "from_month": 5, "to_month": 8}"#),
        ("сентябрь 2020 г.; пополнение: ежегодно", #"{"kind": "once_then_annual", "first": [{"kind": "month", "month": 9, "year": 2020}], "then": {"kind": "annual", "label": "пополнение"}}"#),
        ("сентябрь ежегодно", #"{"kind": "annual", "month": 9}"#),
        ("ежегодно, в соответствии с графиком проведения ВПР", #"{"kind": "annual", "schedule_ref": "ВПР"}"#),
        ("август 2020 г., ежегодно", #"{"kind": "annual", "first": [{"kind": "month", "month": 8, "year": 2020}]}"#),
        ("сентябрь 2020 г., апрель 2021 г., ежегодно", #"{"kind": "annual", "first": [{"kind": "month", "month": 9, "year": 2020}, {"kind": "month", "month": 4, "year": 2021}]}"#),
        ("октябрь 2020 г., ежегодно", #"{"kind": "annual", "first": [{"kind": "month", "month": 10, "year": 2020}]}"#),
        ("октябрь-декабрь 2020 г., ежегодно", #"{"kind": "annual", "first": [{"kind": "range", "from": {"month": 10, "year": 2020}, "to": {"month": 12, "year": 2020}}]}"#),
        ("октябрь 2020 г., обновление ежегодно", #"{"kind": "once_then_annual", "first": [{"kind": "month", "month": 10, "year": 2020}], "then": {"kind": "annual", "label": "обновление"}}"#),
        ("октябрь - декабрь 2020 г., ежегодно", #"{"kind": "annual", "first": [{"kind": "range", "from": {"month": 10, "year": 2020}, "to": {"month": 12, "year": 2020}}]}"#),
        ("октябрь -декабрь 2020 г. ежегодно", #"{"kind": "annual", "first": [{"kind": "range", "from": {"month": 10, "year": 2020}, "to": {"month": 12, "year": 2020}}]}"#),
        ("декабрь 2020 г. обновление ежегодно", #"{"kind": "once_then_annual", "first": [{"kind": "month", "month": 12, "year": 2020}], "then": {"kind": "annual", "label": "обновление"}}"#),
        ("август 2021 г., ежегодно", #"{"kind": "annual", "first": [{"kind": "month", "month": 8, "year": 2021}]}"#),
        ("октябрь 2021 г. ежегодно", #"{"kind": "annual", "first": [{"kind": "month", "month": 10, "year": 2021}]}"#),
        ("ежегодно по итогам отчетного периода (до", #"{"kind": "annual", "basis": "reporting_period", "by": {"month": 3, "day": 1, "year_offset": 1}, "years": [2020, 2022], "warnings": ["cell split by page break; tail '01 марта года, следующего за отчетным) 2020-2022 гг.' landed in the activity column"]}"#),
        ("ежегодно, февраль", #"{"kind": "annual", "month": 2}"#),
        ("ежегодно, с 1 квартала 2021 г.", #"{"kind": "annual", "from": {"quarter": 1, "year": 2021}}"#),
        ("ежегодно по итогам отчетного периода(до 01 марта года, следующего за отчетным) 2020-2022 гг.", #"{"kind": "annual", "basis": "reporting_period", "by": {"month": 3, "day": 1, "year_offset": 1}, "years": [2020, 2022]}"#),
        ("ежегодно (февраль, сентябрь), 2020-2022 гг.", #"{"kind": "annual", "months": [2, 9], "years": [2020, 2022]}"#),
        ("работы по ежегодному по итогам учебного года, 2021 - 2022 гг.", #"{"kind": "annual", "basis": "academic_year", "years": [2021, 2022], "warnings": ["leading 'работы по' belongs to the activity text (column shift)", "'ежегодному' is a typo for 'ежегодно'"]}"#),
        ("ежегодно, сентябрь", #"{"kind": "annual", "month": 9}"#),
        ("ежегодно, октябрь", #"{"kind": "annual", "month": 10}"#),
        ("ежегодно, 1 квартал", #"{"kind": "annual", "quarter": 1}"#),
        ("ежегодно, по графику", #"{"kind": "annual", "schedule_ref": "график"}"#),
        ("ежегодно в соответствии с планом- графиком проведения ГИА", #"{"kind": "annual", "schedule_ref": "ГИА"}"#),
        ("ежегодно по итогам отчетного периода (до 01 марта года, следующего за отчетным) 2020-2022", #"{"kind": "annual", "basis": "reporting_period", "by": {"month": 3, "day": 1, "year_offset": 1}, "years": [2020, 2022]}"#),
        ("ежегодно до 15 декабря", #"{"kind": "annual", "by": {"month": 12, "day": 15}}"#),
        ("ежегодно, 2020-2022 гг.", #"{"kind": "annual", "years": [2020, 2022]}"#),
        ("ежегодно, август", #"{"kind": "annual", "month": 8}"#),
        ("ежегодно, по итогам учебного года (до 01 июля)", #"{"kind": "annual", "basis": "academic_year", "by": {"month": 7, "day": 1}}"#),
        // G10. Other recurring — 4 distinct, 8 cells
        ("1 раз в 3 года для каждой образовательной организации", #"{"kind": "recurring", "times": 1, "every_years": 3, "scope": "per_organization"}"#),
        ("ежеквартально", #"{"kind": "recurring", "every": "quarter"}"#),
        ("2 понедельник месяца", #"{"kind": "recurring", "every": "month", "weekday": "monday", "ordinal": 2}"#),
        ("раз в квартал по плану Управления образования", #"{"kind": "recurring", "every": "quarter", "schedule_ref": "план Управления образования"}"#),
        // G11. Continuous / «в течение ...» — 5 distinct, 14 cells
        ("постоянно", #"{"kind": "continuous"}"#),
        ("в течение учебного года", #"{"kind": "during", "period": "academic_year", "schedule_ref": null}"#),
        ("в течение всего периода", #"{"kind": "during", "period": "plan_period", "schedule_ref": null}"#),
        ("Постоянно", #"{"kind": "continuous"}"#),
        ("в течение всего периода по плану мероприятий", #"{"kind": "during", "period": "plan_period", "schedule_ref": "план мероприятий"}"#),  // departure: named like «план Управления образования» (G10)
        // G12. Schedule- or event-bound — 6 distinct, 10 cells
        ("в соответствии с графиком проведения НИКО", #"{"kind": "per_schedule", "schedule": "НИКО"}"#),
        ("в соответствии с графиком проведения", #"{"kind": "per_schedule", "schedule": null, "note": "schedule named by the activity (МСИ/ВПР/ГИА)"}"#),
        ("в соответствии с графиком проведения МСИ", #"{"kind": "per_schedule", "schedule": "МСИ"}"#),
        // Departure: «(в НИКО)» comes from the activity text, which the parser does not see.
        ("по результатам участия", #"{"kind": "after_event", "event": "участие"}"#),
        ("по плану - графику проведения ВОШ", #"{"kind": "per_schedule", "schedule": "ВсОШ"}"#),
        ("в соответствии с графиком", #"{"kind": "per_schedule", "schedule": null}"#),
        // G13. Per-item lists (one value per sub-item) — 3 distinct, 3 cells
        ("2019 2020", #"{"kind": "per_item", "items": [{"kind": "year", "year": 2019}, {"kind": "year", "year": 2020}], "note": "one value per <p>, aligned with sub-items of the activity"}"#),
        ("2019 2019 2020", #"{"kind": "per_item", "items": [{"kind": "year", "year": 2019}, {"kind": "year", "year": 2019}, {"kind": "year", "year": 2020}], "note": "one value per <p>, aligned with 3 sub-items"}"#),
        ("ежегодно Январь 2020", #"{"kind": "per_item", "items": [{"kind": "annual"}, {"kind": "month", "year": 2020, "month": 1}], "note": "two lines aligned with two conferences named in the activity"}"#),
        // G14. Unspecified, truncated, garbled — 4 distinct, 8 cells
        ("", #"{"kind": "unspecified", "note": "group-header row (sub-items carry their own deadlines)"}"#),
        ("?", #"{"kind": "unspecified", "raw": "?"}"#),
        ("квартал", #"{"kind": "unparsed", "raw": "квартал", "warnings": ["truncated cell (page break); original wording lost"]}"#),
        // Departure: `schedule_ref: null` written as for every `during` (G11).
        ("периода", #"{"kind": "during", "period": "plan_period", "schedule_ref": null, "warnings": ["truncated 'в течение всего периода' (page break)"]}"#),
    ]

    @Test(arguments: inventory)
    func inventoryString(_ text: String, _ expected: String) throws {
        let deadline = DeadlineParser.parse(text, defaultYear: nil)
        #expect(deadline.text == text)
        #expect(try Self.json(deadline) == Self.canonical(expected))
    }

    @Test func inventoryHasEveryDistinctString() {
        // §3.1: 117 distinct strings in 000/001/003/004.
        #expect(Self.inventory.count == 117)
        #expect(Set(Self.inventory.map(\.0)).count == 117)
    }

    // MARK: §3.4 «002»: year column and inline parenthetical deadlines

    @Test(arguments: 2018...2023)
    func yearColumn(_ year: Int) throws {
        #expect(try Self.json(DeadlineParser.parse(String(year), defaultYear: nil)) == Self.canonical(#"{"kind":"year","year":\#(year)}"#))
    }

    static let inline: [(String, String)] = [
        ("(Январь 2020)", #"{"kind": "month", "month": 1, "year": 2020}"#),
        ("(декабрь 2018)", #"{"kind": "month", "month": 12, "year": 2018}"#),
        ("(Март 2019 г., раб. группа при ИРО)", #"{"kind": "month", "month": 3, "year": 2019, "context": "раб. группа при ИРО"}"#),
        ("(май 2021 г.)", #"{"kind": "month", "month": 5, "year": 2021}"#),
        ("(май 2019 г.)", #"{"kind": "month", "month": 5, "year": 2019}"#),
        ("(декабрь 2018 – февраль 2019)", #"{"kind": "range", "from": {"month": 12, "year": 2018}, "to": {"month": 2, "year": 2019}}"#),
        ("(Январь 2021, ММЦ)", #"{"kind": "month", "month": 1, "year": 2021, "context": "ММЦ"}"#),
        ("(Январь 2021)", #"{"kind": "month", "month": 1, "year": 2021}"#),
        ("(Январь 2020, МОиПО СО, ИРО)", #"{"kind": "month", "month": 1, "year": 2020, "context": "МОиПО СО, ИРО"}"#),
        ("(Январь 2020, ММЦ)", #"{"kind": "month", "month": 1, "year": 2020, "context": "ММЦ"}"#),
        ("(Январь 2020 МОиПО СО, ИРО)", #"{"kind": "month", "month": 1, "year": 2020, "context": "МОиПО СО, ИРО"}"#),
        ("(Январь 2020 МОиПО СО)", #"{"kind": "month", "month": 1, "year": 2020, "context": "МОиПО СО"}"#),
        ("(Сентябрь 2019, раб. группа при МОиПО СО)", #"{"kind": "month", "month": 9, "year": 2019, "context": "раб. группа при МОиПО СО"}"#),
        ("(Май 2019, раб. группа при МОиПО СО)", #"{"kind": "month", "month": 5, "year": 2019, "context": "раб. группа при МОиПО СО"}"#),
        ("(Май - Сентябрь 2019)", #"{"kind": "range", "from": {"month": 5, "year": 2019}, "to": {"month": 9, "year": 2019}}"#),
        ("(Июль)", #"{"kind": "month", "month": 7, "year": null}"#),
        ("(Июль 2019-01-27, в рамках программы Иннопром – 2019, раб. группа при МОиПО СО)",
         #"{"kind": "month", "month": 7, "year": 2019, "context": "в рамках программы Иннопром – 2019, раб. группа при МОиПО СО", "warnings": ["garbage ISO date '2019-01-27' (spreadsheet auto-format artefact)"]}"#),
        ("(Июль 2019)", #"{"kind": "month", "month": 7, "year": 2019}"#),
        ("(Апрель 2019, ММЦ)", #"{"kind": "month", "month": 4, "year": 2019, "context": "ММЦ"}"#),
        ("(Апрель 2019)", #"{"kind": "month", "month": 4, "year": 2019}"#),
        // §3.5: truncated year, left unknown with a warning.
        ("(Август 201, раб. Группа, оргкомитет при МОиПО СО)",
         #"{"kind": "month", "month": 8, "year": null, "context": "раб. Группа, оргкомитет при МОиПО СО", "warnings": ["truncated year '201'; year left unknown"]}"#),
        ("(1 квартал 2019)", #"{"kind": "quarter", "quarter": 1, "year": 2019}"#),
        ("(1 квартал 2019 г., УМО, ММЦ)", #"{"kind": "quarter", "quarter": 1, "year": 2019, "context": "УМО, ММЦ"}"#),
        ("(1 квартал 2019 г., УМО)", #"{"kind": "quarter", "quarter": 1, "year": 2019, "context": "УМО"}"#),
        ("(1 – 2 квартал 2019, УМО)", #"{"kind": "range", "from": {"quarter": 1, "year": 2019}, "to": {"quarter": 2, "year": 2019}, "context": "УМО"}"#),
        ("1-2 квартал 2019", #"{"kind": "range", "from": {"quarter": 1, "year": 2019}, "to": {"quarter": 2, "year": 2019}}"#),
    ]

    @Test(arguments: inline)
    func inlineDeadline(_ text: String, _ expected: String) throws {
        let deadline = DeadlineParser.parse(text, defaultYear: nil)
        #expect(deadline.text == text)
        #expect(try Self.json(deadline) == Self.canonical(expected))
    }

    // MARK: Spelling variants read the same

    static let variants: [(String, String)] = [
        ("ЕЖЕГОДНО, ДЕКАБРЬ", "ежегодно, декабрь"),
        ("Ежегодно,декабрь", "ежегодно, декабрь"),
        ("  ежегодно ,   декабрь  ", "ежегодно, декабрь"),
        ("ежегодно, декабре", "ежегодно, декабрь"),
        ("октябрь—декабрь 2020г., ежегодно", "октябрь-декабрь 2020 г., ежегодно"),
        ("октябрь – декабрь 2020 года, ежегодно", "октябрь-декабрь 2020 г., ежегодно"),
        ("2019 – 2020", "2019-2020"),
        ("2019—2020 гг.", "2019-2020"),
        ("2019 -2020 годы", "2019-2020"),
        ("2021г.", "2021"),
        ("2021 года", "2021"),
        ("2021 год", "2021"),
        ("2020-2022гг.", "2020-2022 гг."),
        ("ЯНВАРЬ 2020", "Январь 2020"),
        ("январь 2020 г", "Январь 2020"),
        ("в январе 2020 года", "Январь 2020"),
        ("Январь\u{00A0}2020", "Январь 2020"),
        ("янв. 2020", "Январь 2020"),
        ("до 1 Августа 2020 года", "до 1 августа 2020 г."),
        ("ДО 01.08.2020", "до 1 августа 2020 г."),
        ("не позднее 01.08.2020", "до 1 августа 2020 г."),
        ("1‑2 квартал 2019", "1-2 квартал 2019"),
        ("I–II квартал 2019 г.", "1-2 квартал 2019"),
        ("1 полугодие 2019", "1-2 квартал 2019"),
        ("II квартал 2020", "2 квартал 2020"),
        ("2-й квартал 2020", "2 квартал 2020"),
        ("во 2 квартале 2020 г.", "2 квартал 2020"),
        ("ПОСТОЯННО", "постоянно"),
        ("на постоянной основе", "постоянно"),
        ("В течение учебного года", "в течение учебного года"),
        ("в течении учебного года", "в течение учебного года"),
        ("В соответствии с графиком проведения ВсОШ", "по плану - графику проведения ВОШ"),
        ("согласно графику проведения олимпиады", "по плану - графику проведения ВОШ"),
        ("второй понедельник месяца", "2 понедельник месяца"),
        ("каждый 2-й понедельник месяца", "2 понедельник месяца"),
        ("один раз в три года для каждой ОО", "1 раз в 3 года для каждой образовательной организации"),
        ("1 раз в год", "ежегодно"),
        ("каждый год", "ежегодно"),
        ("ежегодно.", "ежегодно"),
        ("Ежегодно (Ноябрь)", "ежегодно (ноябрь)"),
        ("ежегодно, ноябрь", "ежегодно (ноябрь)"),
        ("ноябрь, ежегодно", "ежегодно (ноябрь)"),
        ("ежегодно по итогам отчетного периода (до 01 марта года, следующего за отчетным), 2020 – 2022 г.г.",
         "ежегодно по итогам отчетного периода (до 01 марта года, следующего за отчетным) 2020-2022 гг."),
        ("2019 , 2020", "2019, 2020"),
        ("2019; 2020", "2019, 2020"),
        ("2019 и 2020", "2019, 2020"),
        ("сентябрь 2020 г.;пополнение:ежегодно", "сентябрь 2020 г.; пополнение: ежегодно"),
        ("с 7 октября 2019 г.", "с 07 октября 2019"),
        ("2019-10-07", "07.10.2019"),
        ("18.01 - 04.02.2022", "18.01-04.02.2022"),
        ("с 18.01.2022 по 04.02.2022", "18.01-04.02.2022"),
        ("с 18 января по 4 февраля 2022 г.", "18.01-04.02.2022"),
        ("2‑4.02.2022", "02-04.02.2022"),
        ("?", "??"),
        ("", "   "),
        ("<p></p>", ""),
        ("\n", ""),
    ]

    @Test(arguments: variants)
    func variantReadsTheSame(_ variant: String, _ reference: String) throws {
        let a = DeadlineParser.parse(variant, defaultYear: nil)
        let b = DeadlineParser.parse(reference, defaultYear: nil)
        #expect(a.text == variant)
        #expect(try Self.json(a) == Self.json(b))
        #expect(a.isReadable || a.kind == .unspecified, "\(a)")
    }

    static let monthForms: [(String, Int)] = [
        ("январь", 1), ("января", 1), ("январе", 1), ("ЯНВАРЮ", 1), ("февраль", 2), ("февраля", 2), ("феврале", 2),
        ("март", 3), ("марта", 3), ("марте", 3), ("апрель", 4), ("апреля", 4), ("апреле", 4), ("май", 5), ("мая", 5),
        ("мае", 5), ("июнь", 6), ("июня", 6), ("июне", 6), ("июль", 7), ("июля", 7), ("июле", 7), ("август", 8),
        ("августа", 8), ("августе", 8), ("сентябрь", 9), ("сентября", 9), ("сентябре", 9), ("октябрь", 10),
        ("октября", 10), ("октябре", 10), ("ноябрь", 11), ("ноября", 11), ("ноябре", 11), ("декабрь", 12),
        ("декабря", 12), ("декабре", 12), ("Декабрём", 12),
    ]

    @Test(arguments: monthForms)
    func monthInAnyCaseAndInflection(_ word: String, _ month: Int) {
        #expect(DeadlineParser.parse("\(word) 2021", defaultYear: nil).kind == .month(month, year: 2021))
        #expect(DeadlineParser.parse("ежегодно, \(word)", defaultYear: nil).kind == .annual(AnnualRule(month: month)))
    }

    // MARK: Lines and paragraphs

    @Test func linesOfOneDeadlineAreJoined() {
        // 001 prints «Август» and «ежегодно» on two lines (§3.4).
        let deadline = DeadlineParser.parse("Август\nежегодно", defaultYear: 2019)
        #expect(deadline.kind == .annual(AnnualRule(month: 8)))
        #expect(!deadline.isYearInferred)
        #expect(deadline.text == "Август\nежегодно")
    }

    @Test func linesAlignedWithSubitemsArePerItem() throws {
        let paragraphs = DeadlineParser.parse("<p>2019</p> <p>2019</p> <p>2020</p>", defaultYear: nil)
        #expect(try Self.json(paragraphs) == Self.canonical(#"{"kind":"per_item","items":[{"kind":"year","year":2019},{"kind":"year","year":2019},{"kind":"year","year":2020}]}"#))
        guard case .perItem(let items) = paragraphs.kind else {
            Issue.record("not per_item: \(paragraphs)")
            return
        }
        #expect(items.map(\.text) == ["2019", "2019", "2020"])

        let lines = DeadlineParser.parse("ежегодно\r\nЯнварь 2020", defaultYear: nil)
        #expect(lines.kind == .perItem([
            Deadline(text: "ежегодно", kind: .annual(AnnualRule())),
            Deadline(text: "Январь 2020", kind: .month(1, year: 2020)),
        ]))
        let breaks = DeadlineParser.parse("2019<br>2020", defaultYear: nil)
        #expect(breaks.kind == .perItem([Deadline(text: "2019", kind: .year(2019)), Deadline(text: "2020", kind: .year(2020))]))
    }

    @Test func linesThatDoNotAllReadAreOneText() {
        let deadline = DeadlineParser.parse("2019\nсм. приложение", defaultYear: nil)
        #expect(deadline.kind == .year(2019))
        #expect(deadline.context == "см. приложение")
    }

    @Test func nestedDeadlinesKeepTheirText() throws {
        let deadline = DeadlineParser.parse("сентябрь 2020 г., апрель 2021 г., ежегодно", defaultYear: nil)
        guard case .annual(_, let first) = deadline.kind else {
            Issue.record("not annual: \(deadline)")
            return
        }
        #expect(first.map(\.text) == ["сентябрь 2020 г.", "апрель 2021 г."])
    }

    // MARK: Years taken from the plan

    @Test func yearlessFormsTakeTheDefaultYearAndSaySo() throws {
        let april = DeadlineParser.parse("Апрель", defaultYear: 2019)
        #expect(april.kind == .month(4, year: 2019))
        #expect(april.isYearInferred)
        #expect(try Self.json(april) == Self.canonical(#"{"kind":"month","month":4,"year":2019,"year_inferred":true}"#))

        #expect(DeadlineParser.parse("1 квартал", defaultYear: 2019).kind == .quarter(1, year: 2019))
        #expect(DeadlineParser.parse("ноябрь-февраль", defaultYear: 2020).kind
            == .range(from: DeadlinePoint(year: 2020, month: 11), to: DeadlinePoint(year: 2021, month: 2)))
        #expect(DeadlineParser.parse("до 15 декабря", defaultYear: 2020).kind == .by(DeadlinePoint(year: 2020, month: 12, day: 15)))
        #expect(DeadlineParser.parse("ежегодно, с 1 квартала", defaultYear: 2021).kind
            == .annual(AnnualRule(from: DeadlinePoint(year: 2021, quarter: 1))))

        let printed = DeadlineParser.parse("Июль 2019", defaultYear: 2020)
        #expect(printed.kind == .month(7, year: 2019))
        #expect(!printed.isYearInferred)

        let unknown = DeadlineParser.parse("до 15 декабря", defaultYear: nil)
        #expect(unknown.kind == .by(DeadlinePoint(month: 12, day: 15)))
        #expect(try Self.json(unknown) == Self.canonical(#"{"kind":"by","date":{"month":12,"day":15}}"#))

        // A truncated year is not replaced by the plan's.
        let truncated = DeadlineParser.parse("Август 201", defaultYear: 2019)
        #expect(truncated.kind == .month(8, year: nil))
        #expect(!truncated.warnings.isEmpty)
    }

    // MARK: Artefacts of §3.5

    @Test func artefactsAreRepairedWithWarnings() {
        let typo = DeadlineParser.parse("ежегодному", defaultYear: nil)
        #expect(typo.kind == .annual(AnnualRule()))
        #expect(typo.warnings == ["'ежегодному' is a typo for 'ежегодно'"])

        let cut = DeadlineParser.parse("ежегодно по итогам учебного года (до", defaultYear: nil)
        #expect(cut.kind == .annual(AnnualRule(basis: .academicYear)))
        #expect(cut.warnings.count == 1)

        let quarter = DeadlineParser.parse("квартал", defaultYear: 2020)
        #expect(quarter.kind == .unparsed)
        #expect(quarter.warnings == ["truncated cell (page break); original wording lost"])

        let garbage = DeadlineParser.parse("Июль 2019-01-27", defaultYear: nil)
        #expect(garbage.kind == .month(7, year: 2019))
        #expect(garbage.warnings.count == 1)
    }

    @Test func unreadableTextIsKept() {
        for text in ["по мере необходимости", "см. п. 3", "31.02.2022", "тринадцатый месяц", "2 2 2"] {
            let deadline = DeadlineParser.parse(text, defaultYear: 2020)
            #expect(deadline.kind == .unparsed, "\(text): \(deadline)")
            #expect(deadline.text == text)
        }
    }

    // MARK: Calendar

    static let period = Period(from: 2019, to: 2021)

    @Test func yearsAnActivityFallsDueIn() {
        func years(_ text: String, _ defaultYear: Int? = nil) -> [Int] {
            DeadlineParser.parse(text, defaultYear: defaultYear).years(in: Self.period)
        }
        #expect(years("15 ноября 2019") == [2019])
        #expect(years("до 30.06.2022 выгрузка данных ФИОКО 01.11.2022") == [2022])
        #expect(years("Январь 2020") == [2020])
        #expect(years("Апрель") == [])
        #expect(years("Апрель", 2019) == [2019])
        #expect(years("2 квартал 2021") == [2021])
        #expect(years("январь 2021г.-июнь 2022 г.") == [2021, 2022])
        #expect(years("2019, 2020") == [2019, 2020])
        #expect(years("2020-2022 гг.") == [2020, 2021, 2022])
        #expect(years("ежегодно") == [2019, 2020, 2021])
        #expect(years("ежегодно, 2020-2022 гг.") == [2020, 2021, 2022])
        #expect(years("ежегодно, с 1 квартала 2020 г.") == [2020, 2021])
        #expect(years("сентябрь 2018 г., ежегодно") == [2018, 2019, 2020, 2021])
        #expect(years("постоянно") == [2019, 2020, 2021])
        #expect(years("ежеквартально") == [2019, 2020, 2021])
        #expect(years("в течение учебного года") == [2019, 2020, 2021])
        #expect(years("2019\n2021") == [2019, 2021])
        #expect(years("?") == [])
        #expect(years("квартал") == [])
        #expect(DeadlineParser.parse("ежегодно", defaultYear: nil).years(in: nil) == [])
    }

    @Test func monthsOfAYear() {
        func months(_ text: String, _ year: Int) -> [Int] {
            DeadlineParser.parse(text, defaultYear: nil).months(in: year, period: Self.period)
        }
        #expect(months("15 ноября 2019", 2019) == [11])
        #expect(months("15 ноября 2019", 2020) == [])
        #expect(months("до 30.06.2022 выгрузка данных ФИОКО 01.11.2022", 2022) == [6, 11])
        #expect(months("25.04-01.06.2022", 2022) == [4, 5, 6])
        #expect(months("декабрь 2018 – февраль 2019", 2018) == [12])
        #expect(months("декабрь 2018 – февраль 2019", 2019) == [1, 2])
        #expect(months("Март 2019 г.", 2019) == [3])
        #expect(months("2 квартал 2020", 2020) == [4, 5, 6])
        #expect(months("1 – 2 квартал 2019", 2019) == [1, 2, 3, 4, 5, 6])
        #expect(months("2020", 2020) == [])
        #expect(months("ежегодно", 2020) == [])
        #expect(months("ежегодно (февраль, сентябрь)", 2020) == [2, 9])
        #expect(months("ежегодно, октябрь-ноябрь", 2021) == [10, 11])
        #expect(months("ежегодно, 1 квартал", 2021) == [1, 2, 3])
        #expect(months("Август ежегодно", 2019) == [8])
        #expect(months("сентябрь 2020 г., апрель 2021 г., ежегодно", 2020) == [9])
        #expect(months("сентябрь 2020 г., апрель 2021 г., ежегодно", 2021) == [4])
        #expect(months("октябрь 2020 г., обновление ежегодно", 2020) == [10])
        #expect(months("2 понедельник месяца", 2020) == Array(1...12))
        #expect(months("постоянно", 2020) == Array(1...12))
        #expect(months("в течение учебного года", 2020) == [1, 2, 3, 4, 5, 9, 10, 11, 12])
        #expect(months("ежегодно\nЯнварь 2020", 2020) == [1])
    }

    @Test func sortStartIsTheEarliestDay() {
        func start(_ text: String, _ period: Period? = DeadlineParserTests.period) -> String? {
            DeadlineParser.parse(text, defaultYear: nil).sortStart(in: period)?.description
        }
        #expect(start("с 07 октября 2019") == "2019-10-07")
        #expect(start("18.01-04.02.2022") == "2022-01-18")
        #expect(start("октябрь-ноябрь 2022") == "2022-10-01")
        #expect(start("2 квартал 2020") == "2020-04-01")
        #expect(start("2019-2021") == "2019-01-01")
        #expect(start("ежегодно") == "2019-01-01")
        #expect(start("ежегодно", nil) == nil)
        #expect(start("ежегодно, декабрь") == "2019-12-01")
        #expect(start("ежегодно по итогам отчетного периода (до 01 марта года, следующего за отчетным) 2020-2022 гг.") == "2021-03-01")
        #expect(start("сентябрь 2020 г., апрель 2021 г., ежегодно") == "2020-09-01")
        #expect(start("Апрель") == "2019-04-01")
        #expect(start("2019 2020") == "2019-01-01")
        #expect(start("?") == nil)
        #expect(DeadlineParser.parse("Январь 2020", defaultYear: nil).sortStart?.description == "2020-01-01")
    }

    // MARK: JSON

    /// Byte-stable with `.sortedKeys`, the way the site's exports encode (Foundation's keyed containers do not keep order).
    @Test func encodingIsDeterministic() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for (text, _) in Self.inventory {
            let a = try encoder.encode(DeadlineParser.parse(text, defaultYear: 2020))
            let b = try encoder.encode(DeadlineParser.parse(text, defaultYear: 2020))
            #expect(a == b)
        }
        let object = try #require(try JSONSerialization.jsonObject(
            with: encoder.encode(DeadlineParser.parse("до 01.03.2022", defaultYear: nil))
        ) as? [String: Any])
        #expect(Set(object.keys) == ["kind", "text", "date"])
        #expect(object["text"] as? String == "до 01.03.2022")
    }

    // MARK: Fuzz

    @Test func randomTextNeverCrashesAndIsKeptVerbatim() throws {
        var random = SplitMix64(seed: 0x4B61_7274_61)
        let fragments = [
            "январь", "Февраля", "марте", "май", "ИЮНЯ", "июль", "августа", "сентябрь", "октябре", "ноябрь", "декабря",
            "ежегодно", "ежегодному", "квартал", "квартала", "до", "с", "по", "в течение", "всего периода",
            "по итогам", "отчетного периода", "в соответствии с", "графиком проведения", "НИКО", "раз в", "года",
            "г.", "гг.", "понедельник", "месяца", "постоянно", "пополнение:", "обновление", "(до", "?",
            "2019", "2020", "2022", "201", "20", "1", "2", "3", "4", "07", "15", "31", "99", "0", "12345678901234567890",
        ]
        let punctuation = [".", ",", ";", ":", "-", "–", "—", "(", ")", "/", " ", "  ", "\n", "<p>", "</p>", "<br>", "<", ">"]
        let encoder = JSONEncoder()
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<random.next(upTo: 14) {
                switch random.next(upTo: 4) {
                case 0: text += fragments[random.next(upTo: fragments.count)]
                case 1: text += punctuation[random.next(upTo: punctuation.count)]
                case 2: text += String(random.next(upTo: 3_000))
                default: text += random.unicodeScalar()
                }
                if random.next(upTo: 2) == 0 { text += " " }
            }
            let deadline = DeadlineParser.parse(text, defaultYear: random.next(upTo: 2) == 0 ? nil : 2020)
            #expect(deadline.text == text)
            _ = try encoder.encode(deadline)
            _ = deadline.years(in: Self.period)
            _ = deadline.months(in: 2020, period: Self.period)
            _ = deadline.sortStart(in: Self.period)
        }
    }

    @Test func longAndRepetitiveInputIsCheap() {
        let inputs = [
            String(repeating: "2019 ", count: 5_000),
            String(repeating: "ежегодно, ", count: 5_000),
            String(repeating: "январь - ", count: 5_000),
            String(repeating: "(", count: 10_000) + String(repeating: ")", count: 10_000),
            String(repeating: "1 ", count: 39) + "квартал",
            String(repeating: "2019\n", count: 2_000),
            String(repeating: "по итогам ", count: 3_000),
        ]
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for text in inputs {
                #expect(DeadlineParser.parse(text, defaultYear: 2020).text == text)
            }
        }
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }

    // MARK: Helpers

    /// The deadline's JSON with sorted keys and without `text`, for comparison with §3.4.
    static func json(_ deadline: Deadline) throws -> String {
        let data = try JSONEncoder().encode(deadline)
        return try canonical(JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    /// §3.4's JSON with sorted keys, without its documentation-only keys.
    static func canonical(_ json: String) throws -> String {
        try canonical(JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]))
    }

    private static func canonical(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: stripped(object), options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    private static func stripped(_ object: Any) -> Any {
        if let dictionary = object as? [String: Any] {
            var result: [String: Any] = [:]
            for (key, value) in dictionary where !["text", "raw", "note"].contains(key) {
                result[key] = stripped(value)
            }
            return result
        }
        if let array = object as? [Any] { return array.map(stripped) }
        return object
    }
}

/// A small seeded generator (SplitMix64), so the fuzz run is the same every time.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(upTo bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// Any scalar: ASCII, Cyrillic, combining marks, emoji, or anything else that is valid.
    mutating func unicodeScalar() -> String {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x400...0x4FF, 0x300...0x36F, 0x1F300...0x1F6FF, 0x0...0x10FFFF]
        let range = ranges[next(upTo: ranges.count)]
        let value = range.lowerBound + UInt32(next() % UInt64(range.upperBound - range.lowerBound + 1))
        return Unicode.Scalar(value).map { String(Character($0)) } ?? "\u{FFFD}"
    }
}
