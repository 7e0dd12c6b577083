import Foundation
@testable import KartaImport
import KartaModel
import Testing

/// Directions of section titles, approval stamps, periods, parties, numbering.
@Suite("Import: structure rules")
struct ImportStructureTests {
    /// Every title of domain-model §1.3, verbatim, with its id.
    @Test(arguments: [
        ("Формирование нормативно-правового обеспечения развития региональной системы оценки качества образования и региональных механизмов управления качеством образования в Свердловской области", "normative-base"),
        ("Формирование нормативно-правового обеспечения развития  муниципальной системы оценки качества образования и муниципальных  механизмов управления качеством образования на территории Качканарского городского округа", "normative-base"),
        ("Система оценки качества подготовки обучающихся", "training-quality"),
        ("Развитие системы оценки качества подготовки обучающихся", "training-quality"),
        ("Система обеспечения объективности процедур оценки качества образования", "objectivity"),
        ("Система обеспечения объективности процедур ОКО", "objectivity"),
        ("Развитие системы объективности процедур оценки качества образования и олимпиад школьников", "objectivity"),
        ("Система мониторинга эффективности руководителей всех ОО региона", "leaders"),
        ("Система мониторинга эффективности руководителей  муниципальных ОО", "leaders"),
        ("Мониторинг эффективности деятельности руководителей образовательных организаций Рассказовского района", "leaders"),
        ("Система мониторинга качества повышения квалификации педагогов", "teacher-development"),
        ("Мониторинг качества дополнительного профессионального образования педагогических работников", "teacher-development"),
        ("Система методической работы", "methodical-work"),
        ("Совершенствование системы методической работы", "methodical-work"),
        ("Система работы со школами с низкими образовательными результатами", "low-results"),
        ("Система работы со школами с низкими образовательными результатами и школами,  функционирующими в неблагоприятных социальных условиях", "low-results"),
        ("Организация работы со школами с низкими образовательными результатами и/или школами, функционирующими в неблагоприятных социальных условиях", "low-results"),
        ("Система развития таланта", "talents"),
        ("Совершенствование системы выявления, поддержки и развития способностей и талантов у детей и молодежи", "talents"),
        ("Система профориентации", "career-guidance"),
        ("Система работы по самоопределению и профориентации обучающихся", "career-guidance"),
        ("Организация системы работы по самоопределению и профессиональной ориентации", "career-guidance"),
        ("Развитие системы организации воспитания и социализации обучающихся", "upbringing"),
        ("Система мониторинга качества дошкольного образования", "preschool-quality"),
        ("СИСТЕМА ОБЕСПЕЧЕНИЯ ОБЪЕКТИВНОСТИ ПРОЦЕДУР ОКО", "objectivity"),
    ])
    func sectionTitlesMatchTheirDirection(_ title: String, _ id: String) {
        #expect(DirectionMatcher.match(title) == id)
    }

    @Test func titlesMatchingNoRule() {
        #expect(DirectionMatcher.match("Раздел без направления") == nil)
        #expect(DirectionMatcher.match("Дорожная карта") == nil)
        #expect(DirectionMatcher.match("") == nil)
    }

    // MARK: - The fallback for section titles no rule matches

    /// Rule: an unmatched title takes the direction of the section before it; with no section
    /// before, the direction the document's title names; failing that `training-quality`.
    @Test func unmatchedTitleTakesThePreviousSectionsDirection() throws {
        let result = try ImportFixtures.convert("tabbed-roadmap.txt")
        let warning = try #require(result.warnings("import-section").first)
        #expect(warning.location.line == 21)
        #expect(warning.message.contains("filed under 'training-quality' (the direction of the section before it)"))
    }

    @Test func unmatchedFirstTitleTakesTheDocumentsDirection() {
        let text = "Дорожная карта по направлению «Система профориентации»\n\n№ п/п\tМероприятие\tСроки\tОтветственные\nПрочее\t\t\t\n1.\tСовещание\tмай\tМОУО\n"
        let result = ImportFixtures.convert(text: text)
        #expect(result.warnings("import-section").first?.message.contains("filed under 'career-guidance' (the direction the document's title names)") == true)
        #expect(result.file(.roadmap)?.contents.contains("  - direction: career-guidance\n    direction_guessed: true\n    title: \"Прочее\"") == true)
    }

    @Test func unmatchedFirstTitleWithNothingElseFallsBackToTrainingQuality() {
        let text = "Дорожная карта\n\n№ п/п\tМероприятие\tСроки\tОтветственные\nПрочее\t\t\t\n1.\tСовещание\tмай\tМОУО\n"
        let result = ImportFixtures.convert(text: text)
        #expect(result.warnings("import-section").first?.location.line == 4)
        #expect(result.file(.roadmap)?.contents.contains("  - direction: training-quality\n    direction_guessed: true\n    title: \"Прочее\"") == true)
    }

    // MARK: - Preamble

    @Test(arguments: [
        ("постановлением Управления образованием Качканарского городского округа от 19.06.2020 № 179", "постановление", "Управление образованием Качканарского городского округа", "179", "2020-06-19"),
        ("приказом Министерства образования и молодежной политики Свердловской области от 10.02.2021 № 123-Д", "приказ", "Министерство образования и молодежной политики Свердловской области", "123-Д", "2021-02-10"),
        ("распоряжением Администрации города от «5» марта 2022 г. № 7", "распоряжение", "Администрация города", "7", "2022-03-05"),
        ("решением Думы городского округа от 01.12.2020 № 45/3", "решение", "Дума городского округа", "45/3", "2020-12-01"),
        ("к распоряжению от 20.01.2021 № 65", "распоряжение", "", "65", "2021-01-20"),
    ])
    func approvalStamps(_ text: String, _ kind: String, _ body: String, _ number: String, _ date: String) {
        let approval = TitleBlock.parse(text)
        #expect(approval.kind == kind)
        #expect(approval.body == (body.isEmpty ? nil : body))
        #expect(approval.number == number)
        #expect(approval.date == date)
        #expect(approval.text == text)
    }

    @Test func approvalAndTitleShareAParagraph() throws {
        let text = """
            УТВЕРЖДЕНА
            постановлением Управления образованием
            Качканарского городского округа от 19.06.2020 № 179
            Дорожная карта
            по развитию муниципальной системы
            [bookmark: _GoBack]на территории Качканарского городского округа

            № п/п\tМероприятие (содержание деятельности)\tСроки\tОтветственные
            Система методической работы\t\t\t
            1.\tСовещание\tмай\tМОУО
            """
        let result = ImportFixtures.convert(text: text)
        let yaml = try #require(result.file(.roadmap)).contents
        #expect(yaml.contains("title: \"Дорожная карта по развитию муниципальной системы на территории Качканарского городского округа\""))
        #expect(yaml.contains("""
            approval:
              heading: "УТВЕРЖДЕНА"
              kind: "постановление"
              body: "Управление образованием Качканарского городского округа"
              number: "179"
              date: 2020-06-19
              text: "постановлением Управления образованием Качканарского городского округа от 19.06.2020 № 179"
            """))
        #expect(!yaml.contains("bookmark"))
        #expect(result.file(.page) == nil)
    }

    @Test(arguments: [
        ("Дорожная карта на 2019–2021 годы", 2019, 2021),
        ("План на 2019-2021 гг.", 2019, 2021),
        ("мероприятия в 2022 году", 2022, 2022),
        ("План на 2020 год", 2020, 2020),
    ])
    func periodPhrases(_ text: String, _ from: Int, _ to: Int) {
        let period = TitleBlock.period(in: [text])
        #expect(period?.0 == from && period?.1 == to)
    }

    @Test func noPeriodPhrase() {
        #expect(TitleBlock.period(in: ["программа до 2025 года"]) == nil)
    }

    @Test func periodFromDeadlinesWhenNotPrinted() throws {
        let text = "Дорожная карта по направлению «Система методической работы»\n\n№ п/п\tМероприятие\tСроки\tОтветственные\n1.\tСовещание\tмай 2019\tМОУО\n2.\tСеминар\t2019-2021\tМОУО\n3.\tАнализ\t2019-01-27\tМОУО\n"
        #expect(try #require(ImportFixtures.convert(text: text).file(.roadmap)).contents.contains("period: {from: 2019, to: 2021}"))
    }

    // MARK: - Parties and numbers

    @Test(arguments: [
        ("МОУО, ГИМЦРО", ["МОУО", "ГИМЦРО"]),
        ("ГАОУ ДПО СО «ИРО», ГАНОУ «ДМ»", ["ГАОУ ДПО СО «ИРО»", "ГАНОУ «ДМ»"]),
        ("(МОиПО СО, РУМО).", ["(МОиПО СО, РУМО)."]),
        ("О.А. Ефимова,\nруководители ОО, кураторы", ["О.А. Ефимова", "руководители ОО", "кураторы"]),
        ("МОУО; ОО", ["МОУО", "ОО"]),
        ("МОПОСО ГАОУ ДПО СО ИРО", ["МОПОСО ГАОУ ДПО СО ИРО"]),
        ("Институты, методические центры,", ["Институты", "методические центры"]),
        ("МКУ «ИМЦ, отдел оценки» (по согласованию, при наличии)", ["МКУ «ИМЦ, отдел оценки» (по согласованию, при наличии)"]),
    ])
    func responsibleParties(_ text: String, _ parties: [String]) {
        #expect(PartySplit.split(text).parties == parties)
    }

    @Test(arguments: ["1.", "2..", "4", "7.1", "5.1.1", "5.1.2.", "331"])
    func rowNumbers(_ text: String) {
        #expect(TextTools.isRowNumber(text))
    }

    @Test(arguments: ["2021", "2022 г.", "?", "а", "1..2", "", ".1"])
    func notRowNumbers(_ text: String) {
        #expect(!TextTools.isRowNumber(text))
    }

    @Test func numberingWarningsNameTheLine() throws {
        let result = try ImportFixtures.convert("tabbed-roadmap.txt")
        let path = ImportFixtures.url("tabbed-roadmap.txt").path
        let lines = result.warnings("import-numbering").map(\.description)
        #expect(lines == [
            "\(path):17:1: warning: row number «2..» has a doubled dot",
            "\(path):18:1: warning: row number 4 follows 2: 3 is missing",
            "\(path):19:1: warning: row number 4 is used twice in this section (the row before is 4)",
            "\(path):20:1: warning: row number 331 follows 4 (expected 5); it is kept as printed",
        ])
    }

    @Test func sectionsMayRestartOrContinueTheNumbering() {
        var check = NumberingCheck(previousSectionLast: [7])
        #expect(check.check("8.").isEmpty)
        #expect(check.check("8.1").isEmpty)
        #expect(check.check("8.1.1").isEmpty)
        #expect(check.check("8.2").isEmpty)
        #expect(check.check("9.").isEmpty)
        var restart = NumberingCheck(previousSectionLast: [7])
        #expect(restart.check("1.").isEmpty)
        var odd = NumberingCheck(previousSectionLast: nil)
        #expect(odd.check("3.") == ["the section's first row is numbered 3, not 1"])
    }
}
