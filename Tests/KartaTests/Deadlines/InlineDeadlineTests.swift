import Foundation
@testable import KartaContent
import KartaModel
import Testing

/// Deadlines printed in brackets inside per-level plan cells (domain model §3.4, «002»), read with the row's year.
@Suite("Inline deadlines in plan cells")
struct InlineDeadlineTests {
    /// (cell text as printed in 002, the brackets read as deadlines, in order).
    static let cells: [(String, [String])] = [
        ("1. Разработка региональной Программы развития системы профориентации в системе СО (Март 2019 г., раб. группа при ИРО) 2. Разработка комплексной системы показателей (Март 2019 г., раб. группа при ИРО) 3. Организация областного методического объединения (Апрель 2019). Областное совещание (МОиПО СО, РУМО).",
         ["(Март 2019 г., раб. группа при ИРО)", "(Март 2019 г., раб. группа при ИРО)", "(Апрель 2019)"]),
        ("(1 Разработка (коррекция) программы профориентационной работы в МО (1 квартал 2019 г., УМО) 1. Разработка комплексной системы показателей (1 квартал 2019 г., УМО, ММЦ) 3. Создание Координационного совета (1-2 квартал 2019, УМО).",
         ["(1 квартал 2019 г., УМО)", "(1 квартал 2019 г., УМО, ММЦ)", "(1-2 квартал 2019, УМО)"]),
        ("<p>6. Круглый стол «Взаимодействие образовательных организаций с социальными партнерами» (Июль 2019-01-27, в рамках программы Иннопром – 2019, раб. группа при МОиПО СО)</p> <p>7. Мероприятия в рамках участия СО в чемпионате WS (по особой программе) (Август 201, раб. Группа, оргкомитет при МОиПО СО)</p> <p>8. Проведение недели профессиональных проб (по особому плану, оргкомитет).</p> <p>10. Организация профориентационных оздоровительных смен для обучающихся школ (лето 2019)</p>",
         ["(Июль 2019-01-27, в рамках программы Иннопром – 2019, раб. группа при МОиПО СО)", "(Август 201, раб. Группа, оргкомитет при МОиПО СО)", "(лето 2019)"]),
        ("<p>1. Заседание Коллегии МОиПО СО «Развитие профориентации в системе образования СО» (Январь 2020, МОиПО СО, ИРО)</p> <p>3. Создание Интернет-ресурса (Январь 2020 МОиПО СО)</p> <p>4. Аналитический отчет (УМО, ММЦ) (Январь 2020)</p>",
         ["(Январь 2020, МОиПО СО, ИРО)", "(Январь 2020 МОиПО СО)", "(Январь 2020)"]),
        ("Анализ готовности к разработке профильных программ ОО (декабрь 2018 – февраль 2019) 3. Анализ условий для реализации ОП СПО (далее - ОП) в соответствии с ФГОС СПО, разработка предложений для ГЗ)",
         ["(декабрь 2018 – февраль 2019)"]),
        ("5. Участие педагогов и руководителей в деловой программе Иннопром -2020 (Июль).", ["(Июль)"]),
        ("Проведение региональных оценочных процедур (ВПР, НИКО) для 5-9 классов (5-9 классы)", []),
        ("Без скобок", []),
        ("Незакрытая скобка (Январь 2020", []),
    ]

    @Test(arguments: cells)
    func bracketsThatAreDeadlines(_ text: String, _ expected: [String]) {
        let found = InlineDeadlines.find(in: text, defaultYear: 2019)
        #expect(found.map(\.text) == expected)
        #expect(found.allSatisfy { InlineDeadlines.isCalendar($0.kind) })
    }

    @Test func theRowYearStandsInForAMissingOne() {
        let found = InlineDeadlines.find(in: "Участие в программе Иннопром (Июль).", defaultYear: 2020)
        #expect(found.map(\.kind) == [.month(7, year: 2020)])
        #expect(found.first?.isYearInferred == true)
        // A truncated year stays unknown (§3.5) rather than being replaced by the row's.
        let truncated = InlineDeadlines.find(in: "Чемпионат (Август 201, оргкомитет)", defaultYear: 2019)
        #expect(truncated.map(\.kind) == [.month(8, year: nil)])
        #expect(truncated.first?.warnings == ["truncated year '201'; year left unknown"])
    }

    @Test func anyTextIsSafeAndEveryFindIsABracketOfIt() {
        var random = SplitMix64(seed: 0x2002)
        let pieces = ["(", ")", "(Январь 2020", ", ММЦ)", "1 квартал", "2019", "лето", "(до 01.03.2022)", "((", "))", " ", "\n", "текст", "201"]
        for _ in 0..<500 {
            let text = (0..<random.next(upTo: 30)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
            for deadline in InlineDeadlines.find(in: text, defaultYear: 2020) {
                #expect(text.contains(deadline.text))
                #expect(deadline.text.hasPrefix("(") && deadline.text.hasSuffix(")"))
            }
        }
        let long = String(repeating: "(Январь 2020) ", count: 5_000)
        #expect(InlineDeadlines.find(in: long, defaultYear: nil).count == 5_000)
    }

    /// The scan reads bytes and looks at characters only at brackets and line breaks; it must find what a
    /// walk over the text's characters finds (`byCharacters`, the scan as it was), line breaks of every kind,
    /// combining marks after brackets and brackets at the length limit included.
    @Test func theByteScanFindsWhatACharacterWalkFinds() {
        var random = SplitMix64(seed: 0x1802)
        let pieces = [
            "(", ")", "(Январь 2020", ", ММЦ)", "1 квартал", "2019", "лето", "(до 01.03.2022)", " ", "текст", "\n", "\r\n", "\r",
            "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "(\u{0301}", ")\u{0301}", "ё", String(repeating: "я", count: 150),
        ]
        for _ in 0..<2_000 {
            let text = (0..<random.next(upTo: 24)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
            #expect(InlineDeadlines.find(in: text, defaultYear: 2020).map(\.text) == Self.byCharacters(text, defaultYear: 2020), "\(text.debugDescription)")
        }
    }

    /// The character walk the byte scan replaced.
    static func byCharacters(_ text: String, defaultYear: Int?) -> [String] {
        let characters = Array(text)
        var openings: [Int] = []
        var found: [(start: Int, text: String)] = []
        for (index, character) in characters.enumerated() {
            if character == "(" {
                openings.append(index)
            } else if character == ")", let start = openings.popLast() {
                guard index - start <= InlineDeadlines.maximumLength, !characters[start + 1..<index].contains("(") else { continue }
                guard InlineDeadlines.startsLikeADeadline(Substring(String(characters[start + 1..<index]))) else { continue }
                let deadline = DeadlineParser.parse(String(characters[start...index]), defaultYear: defaultYear)
                if InlineDeadlines.isCalendar(deadline.kind) { found.append((start, deadline.text)) }
            } else if character.isNewline {
                openings.removeAll()
            }
        }
        return found.sorted { $0.start < $1.start }.map(\.text)
    }

    @Test(arguments: [("-", true), (" -\n", true), ("\u{00A0}-\u{2003}", true), ("--", false), ("- -", false), ("-\u{0301}", false), ("", false), ("  ", false), ("- план", false)])
    func aDashCellIsALevelWithNothingToDo(_ text: String, _ isDash: Bool) {
        #expect(LevelPlanLoader.isDash(text) == isDash)
        #expect(LevelPlanLoader.isDash(text) == (text.trimmingCharacters(in: .whitespacesAndNewlines) == "-"))
    }

    static let plan = "oblast/plans/levels-2018.yaml"

    @Test func planRowsBelongToTheirYearAndReadTheirBrackets() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let content = try #require(site.load().content)
            let rows = try #require(content.plans.first?.sections.first?.rows)
            #expect(rows.map(\.yearNumber) == [2018, 2018])
            #expect(rows.map(\.isYearInherited) == [false, true])
            // «1. Анализ результатов (Март 2019 г., ИРО) 2. Совещание (ИРО)»: one bracket is a deadline, one is not.
            #expect(rows[1].inlineDeadlines[.region]?.map(\.kind) == [.month(3, year: 2019)])
            #expect(rows[1].inlineDeadlines[.school] == nil)
            #expect(rows[0].stages[.region]?.stage == .monitoring)
            #expect(rows[0].stages[.municipality] == nil, "«-» has no stage")
        }
    }

    @Test func repairedInlineDeadlineIsAWarningAtTheCell() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let cell = try site.replace(
                #"school: "Использование результатов""#, with: #"school: "Круглый стол (Июль 2019-01-27, раб. группа)""#, in: Self.plan,
                pointingAt: #""Круглый"#)
            let result = site.load()
            let warning = try #require(result.diagnostics.warnings.first { $0.code == "deadline-repaired" })
            #expect(warning.location == SourceLocation(file: site.displayPath(Self.plan), line: cell.line, column: cell.column))
            #expect(warning.message.contains("garbage ISO date"))
        }
    }

    @Test func unreadableYearIsAWarning() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace("year: 2018", with: "year: \"двадцатый\"", in: Self.plan)
            let result = site.load()
            #expect(result.diagnostics.warnings.map(\.code) == ["plan-year"])
            #expect(result.content?.plans.first?.sections.first?.rows.map(\.yearNumber) == [nil, nil])
        }
    }
}
