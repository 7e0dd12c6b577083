import Foundation
@testable import KartaImport
import KartaModel
import Testing

/// Per-level plans, expected-results tables, and the repairs page breaks need.
@Suite("Import: plans, expected results, page breaks")
struct ImportTablesTests {
    // MARK: - Per-level plan

    @Test func planFillsTheYearDownAndKeepsDashes() throws {
        let result = try ImportFixtures.convert("plan.txt")
        try withTemporaryDirectory { folder in
            let plan = try #require(try ImportSandbox(in: folder).loaded(result).plans.first)
            #expect(plan.title == "К проекту Дорожной карты по развитию системы оценки (по уровням управления системой образования)")
            #expect(plan.columns.map(\.key.rawValue) == ["year", "region", "municipality", "school"])
            #expect(plan.columns.map(\.title) == ["ГОД", "Региональный уровень", "Муниципальный уровень", "Уровень ОО"])
            #expect(plan.period == Period(from: 2019, to: 2020))
            #expect(plan.sections.map(\.directionID) == ["training-quality", "career-guidance"])
            #expect(plan.sections.map(\.title) == ["Система оценки качества подготовки обучающихся", "Система профориентации"])
            let rows = plan.sections[0].rows
            #expect(rows.map(\.id) == ["training-quality-2019-1", "training-quality-2019-2", "training-quality-2019-3", "training-quality-2020-1"])
            #expect(rows.map(\.year) == ["2019", "2019", "2019", "2020"])
            #expect(rows[0].cells[.municipality] == .nothing)
            #expect(rows[0].cells[.school] == .nothing)
            #expect(rows[3].cells[.school] == .nothing)
        }
    }

    @Test func planRowContinuedAfterAPageBreakVersusANewRowOfTheSameYear() throws {
        let result = try ImportFixtures.convert("plan.txt")
        try withTemporaryDirectory { folder in
            let plan = try #require(try ImportSandbox(in: folder).loaded(result).plans.first)
            let rows = plan.sections[0].rows
            // Continued: cells that start lower-case after the repeated header.
            #expect(rows[1].cells[.region] == .text("Проведение региональных процедур в начале и в конце учебного года"))
            #expect(rows[1].cells[.school] == .text("Участие в процедурах в начале и в конце учебного года"))
            // New row of the same year: cells that start with a capital.
            #expect(rows[2].cells[.region] == .text("Анализ результатов"))
            let guidance = plan.sections[1].rows
            #expect(guidance.map(\.id) == ["career-guidance-2019-1", "career-guidance-2019-2"])
            #expect(guidance[0].cells[.region] == .text("1\\. Разработка программы\n\n2\\. Совещание «Мониторинг развития профориентации»"))
            #expect(guidance[1].cells[.municipality] == nil)
            #expect(guidance[1].cells[.school] == .text("Участие в конференции"))
        }
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    // MARK: - Expected results

    @Test func expectedResultsByYear() throws {
        let result = try ImportFixtures.convert("expected-results.txt")
        try withTemporaryDirectory { folder in
            let table = try #require(try ImportSandbox(in: folder).loaded(result).expectedResults.first)
            #expect(table.title == "Ожидаемые результаты")
            #expect(table.caption == "Таблица 1.")
            #expect(table.intro == "Ожидаемые результаты по годам представлены в таблице 1.")
            #expect(table.years == [2020, 2021, 2022])
            #expect(table.sections.map(\.directionID) == ["training-quality", "low-results"])
            let first = table.sections[0].rows
            #expect(first.map(\.id) == ["training-quality-1", "training-quality-2", "training-quality-3"])
            #expect(first[1].results == [2020: "Утвержденный регламент процедур"])
            // Three fragments after a page break, one per column.
            #expect(first[2].results == [
                2020: "Утвержденный план-график проверочных работ на 2021 год",
                2021: "Утвержденный план-график проверочных работ на 2022 год",
                2022: "Утвержденный план-график проверочных работ на 2023 год",
            ])
            let second = table.sections[1].rows
            // A line naming the section's own direction is a row, not a new section.
            #expect(second[0].results == [2020: "Утвержденное положение о мониторинге школ с низкими результатами"])
            #expect(second[1].results == [2020: "Аналитические материалы о результатах обучения в школах"])
            #expect(second[2].results == [2021: "Адресные программы для школ"])
        }
        #expect(!(try #require(result.file(.expectedResults)).contents.contains("---")))
    }

    @Test func oneCellPerLineExpectedResultsWithASectionRow() throws {
        let text = "Ожидаемые результаты\n\n\t2020\n\t2021\n\n\tРазвитие системы оценки качества подготовки обучающихся\n\t\n\n\tПеречень процедур\n\tПеречень\nпроцедур\n"
        let result = ImportFixtures.convert(text: text)
        try withTemporaryDirectory { folder in
            let table = try #require(try ImportSandbox(in: folder).loaded(result).expectedResults.first)
            #expect(table.sections.map(\.title) == ["Развитие системы оценки качества подготовки обучающихся"])
            #expect(table.sections[0].rows.map(\.results) == [[2020: "Перечень процедур", 2021: "Перечень\nпроцедур"]])
        }
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test(arguments: ["plan.txt", "expected-results.txt"])
    func theSameTablesOneCellPerLine(_ fixture: String) throws {
        let text = try ImportFixtures.text(fixture)
        let original = ImportFixtures.convert(text: text)
        let rewritten = ImportFixtures.convert(text: ImportRoadmapTests.oneCellPerLine(text))
        func body(_ result: ImportResult) -> [String] {
            result.files.map { $0.contents.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#") }.joined(separator: "\n") }
        }
        #expect(!original.files.isEmpty)
        #expect(body(rewritten) == body(original))
    }

    // MARK: - Shifted cells, fragments, several documents

    @Test func severalTablesGiveSeveralDocumentsTitledByTheTextBeforeThem() throws {
        let result = try ImportFixtures.convert("shifted.txt")
        try withTemporaryDirectory { folder in
            let roadmaps = try ImportSandbox(in: folder).loaded(result).roadmaps.sorted { $0.location.line < $1.location.line }
            #expect(roadmaps.count == 2)
            let titles = Set(roadmaps.map(\.title))
            #expect(titles == [
                "Дорожная карта по направлению «Развитие системы оценки качества подготовки обучающихся»",
                "Дорожная карта по направлению «Мониторинг эффективности деятельности руководителей образовательных организаций»",
            ])
            let leaders = try #require(roadmaps.first { $0.sections.first?.directionID == "leaders" })
            #expect(leaders.sections[0].title == "Мониторинг эффективности деятельности руководителей образовательных организаций")
            #expect(leaders.columns.map(\.title) == ["№ п/п", "Мероприятия", "Сроки реализации", "Индикативный показатель", "Исполнители"])
        }
        #expect(result.files.map(\.path) == [
            "roadmaps/razvitie-sistemy-ocenki-kachestva-podgotovki.yaml",
            "roadmaps/monitoring-effektivnosti-deyatelnosti-rukovoditelej.yaml",
        ])
    }

    @Test func cellsShiftedAtAPageBreakAreRepairedWhenCertain() throws {
        let result = try ImportFixtures.convert("shifted.txt")
        try withTemporaryDirectory { folder in
            let roadmap = try #require(try ImportSandbox(in: folder).loaded(result).roadmaps.first { $0.sections.first?.directionID == "training-quality" })
            let items = roadmap.items
            #expect(items.map(\.number) == ["1.", "2.", "3.", "3.1", "4.", "5."])
            // Printed in the activity column, but it closes the bracket the deadline left open.
            #expect(items[0].text == "Анализ эффективности принятых мер")
            #expect(items[0].deadline == "ежегодно по итогам периода (до 01 марта года, следующего за отчетным)")
            // Printed one column left of everything (activity in the number column).
            #expect(items[1].text == "Осуществление взаимодействия в формате научно-практических конференций, семинаров")
            #expect(items[1].responsible == ["Отдел образования"])
            // Number and activity printed in one cell.
            #expect(items[2].text == "Мероприятия, направленные на повышение качества методического сопровождения:")
            // Lines after a page break that finish an unfinished cell; `|` lines dropped.
            #expect(items[4].indicator == "Увеличение числа участников до: 2020 - 20%, 2021 - 35%, 2022 - 50%")
        }
    }

    @Test func anUncertainShiftIsWarnedAndLeftAlone() throws {
        let result = try ImportFixtures.convert("shifted.txt")
        let warnings = result.warnings("import-shift")
        #expect(warnings.map(\.location.line) == [31])
        #expect(warnings.first?.message.contains("«Срок исполнения (месяц, год)»") == true)
        try withTemporaryDirectory { folder in
            let roadmap = try #require(try ImportSandbox(in: folder).loaded(result).roadmaps.first { $0.sections.first?.directionID == "training-quality" })
            #expect(roadmap.items[5].text == "Проведение семинара декабрь 2020")
            #expect(roadmap.items[5].deadline == "октябрь -")
        }
    }

    @Test func aRowContinuedWithoutItsActivityNeedsNoWarning() {
        let text = """
            Дорожная карта по направлению «Система методической работы»

            № п/п\tМероприятие\tСроки\tОтветственные
            1.\tСовещание\tмай\tМОУО

            \t\t\tИМЦ
            2.\tСеминар\tиюнь\tОтдел образования, МКУ

            \t\t\t«ИМЦ района»
            3.\tКонсультации\tиюль\tРабочая группа при

            \t\t\tИМЦ
            """
        let result = ImportFixtures.convert(text: text)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let yaml = result.file(.roadmap)?.contents ?? ""
        // Two parties; a quoted name finishing the one before; a party left unfinished.
        #expect(yaml.contains("responsible: [\"МОУО\", \"ИМЦ\"]"))
        #expect(yaml.contains("responsible: [\"Отдел образования\", \"МКУ «ИМЦ района»\"]"))
        #expect(yaml.contains("responsible: [\"Рабочая группа при ИМЦ\"]"))
        #expect(yaml.contains("id: methodical-work-3"))
    }

    @Test func aRowWithOnlyANumberIsLeftOutWithAWarning() {
        let text = "Дорожная карта\n\n№ п/п\tМероприятие\tСроки\tОтветственные\n1.\tСовещание\tмай\tМОУО\n1.1\t\t\t\n1.2\tСеминар\tиюнь\tОО\n"
        let result = ImportFixtures.convert(text: text)
        #expect(result.warnings("import-empty-row").map(\.location.line) == [5])
        // The left-out number still counts, so 1.2 after 1.1 is no gap.
        #expect(result.warnings("import-numbering").isEmpty)
        #expect(result.file(.roadmap)?.contents.contains("number: \"1.1\"") == false)
    }
}
