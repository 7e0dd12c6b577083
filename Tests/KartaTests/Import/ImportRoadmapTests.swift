import Foundation
@testable import KartaImport
import KartaModel
import Testing

/// Both row styles of roadmap tables, loaded back through `ContentLoader`.
@Suite("Import: roadmaps")
struct ImportRoadmapTests {
    // MARK: - One row per line (TAB-separated)

    @Test func tabbedRoadmapKeepsTitleApprovalPeriodAndColumns() throws {
        try withTemporaryDirectory { folder in
            let result = try ImportFixtures.convert("tabbed-roadmap.txt")
            let content = try ImportSandbox(in: folder).loaded(result)
            let roadmap = try #require(content.roadmaps.first)
            #expect(roadmap.title == "Дорожная карта по развитию системы оценки качества образования на 2021–2023 годы")
            let approval = try #require(roadmap.approval)
            #expect(approval.heading == "УТВЕРЖДЕН")
            #expect(approval.kind == "приказ")
            #expect(approval.body == "Министерство образования Тестовой области")
            #expect(approval.number == "12-д")
            #expect(approval.date == CalendarDate(year: 2021, month: 3, day: 5))
            #expect(approval.text == "приказом Министерства образования Тестовой области от 05.03.2021 № 12-д")
            #expect(roadmap.period == Period(from: 2021, to: 2023))
            #expect(roadmap.columns.map(\.key.rawValue) == ["number", "text", "deadline", "responsible"])
            #expect(roadmap.columns.map(\.title) == ["№ п/п", "Мероприятие (содержание деятельности)", "Сроки", "Ответственные"])
        }
    }

    @Test func tabbedRoadmapSectionsItemsAndContinuations() throws {
        try withTemporaryDirectory { folder in
            let content = try ImportSandbox(in: folder).loaded(try ImportFixtures.convert("tabbed-roadmap.txt"))
            let roadmap = try #require(content.roadmaps.first)
            #expect(roadmap.sections.map(\.directionID) == ["normative-base", "training-quality", "training-quality"])
            #expect(roadmap.sections.map(\.title) == [
                "Формирование нормативно-правового обеспечения системы оценки",
                "Система оценки качества подготовки обучающихся",
                "Раздел без направления",
            ])
            #expect(roadmap.items.map(\.id) == [
                "normative-base-1", "normative-base-2", "normative-base-3",
                "training-quality-1", "training-quality-2", "training-quality-3", "training-quality-4", "training-quality-5",
                "training-quality-6", "training-quality-7",
            ])
            #expect(roadmap.items.map(\.number) == ["1.", "2.", "3.", "1.", "2..", "4", "4", "331", "1.", "2."])
            // The row continued after the repeated header: text mid-sentence, responsible party completed.
            let continued = roadmap.items[2]
            #expect(continued.text == "Разработка методики выявления одаренных детей и талантливой молодежи")
            #expect(continued.deadline == "2021")
            #expect(continued.responsible == ["Рабочая группа при ИМЦ"])
            // A row after the repeated bold header is a new row.
            #expect(roadmap.items[9].text == "Ещё одна мера")
        }
    }

    @Test func inlineHTMLBecomesMarkdownAndPartiesSplitOutsideBrackets() throws {
        let result = try ImportFixtures.convert("tabbed-roadmap.txt")
        try withTemporaryDirectory { folder in
            let roadmap = try #require(try ImportSandbox(in: folder).loaded(result).roadmaps.first)
            #expect(roadmap.items[1].text == "Утверждение пакета документов по:\n\n- порядку проведения процедур;\n- порядку обработки данных")
            #expect(roadmap.items[1].responsible == ["МОУО", "ИМЦ (методический отдел, сектор оценки)"])
            #expect(roadmap.items[4].text == #"Проведение мониторинга \*особых\* показателей\_по \[шаблону\] **важно**"#)
            #expect(roadmap.items[5].text == #"Рассылка писем \& отчётов \<для школ>"#)
            #expect(roadmap.items[5].responsible == ["МОУО", "ОО"])
        }
    }

    @Test func questionMarkDeadlinesAreKeptAndEmptyOnesLeftOut() throws {
        try withTemporaryDirectory { folder in
            let roadmap = try #require(try ImportSandbox(in: folder).loaded(try ImportFixtures.convert("tabbed-roadmap.txt")).roadmaps.first)
            #expect(roadmap.items[4].deadline == "?")
            #expect(roadmap.items[5].deadline == nil)
            let yaml = try #require(try ImportFixtures.convert("tabbed-roadmap.txt").file(.roadmap)).contents
            #expect(yaml.contains("deadline: \"?\""))
        }
    }

    @Test func alignedSubitemsCarryTheirOwnDeadlinesAndParties() throws {
        try withTemporaryDirectory { folder in
            let roadmap = try #require(try ImportSandbox(in: folder).loaded(try ImportFixtures.convert("tabbed-roadmap.txt")).roadmaps.first)
            let item = roadmap.items[3]
            #expect(item.text == "Проведение мероприятий с педагогами:")
            #expect(item.deadline == nil)
            #expect(item.responsible.isEmpty)
            #expect(item.subitems.map(\.text) == ["Семинар «Анализ ВПР»", "Круглый стол «Объективность»"])
            #expect(item.subitems.map(\.deadline) == ["2021", "2022"])
            #expect(item.subitems.map(\.responsible) == [["МОУО"], ["ИМЦ"]])
        }
    }

    @Test func subitemsThatDoNotAlignStayWholeWithAWarning() throws {
        let result = try ImportFixtures.convert("tabbed-roadmap.txt")
        let warning = try #require(result.warnings("import-subitems").first)
        #expect(warning.location.line == 20)
        #expect(warning.message.contains("the deadline cell has 3 parts"))
        try withTemporaryDirectory { folder in
            let roadmap = try #require(try ImportSandbox(in: folder).loaded(result).roadmaps.first)
            #expect(roadmap.items[7].subitems.isEmpty)
            #expect(roadmap.items[7].deadline == "2021\n2022\n2023")
        }
    }

    @Test func artefactLinesAreDroppedAndAClosingRemarkBecomesTheOutro() throws {
        let result = try ImportFixtures.convert("tabbed-roadmap.txt")
        let roadmap = try #require(result.file(.roadmap)).contents
        #expect(!roadmap.contains("---|"))
        #expect(!roadmap.contains("| |"))
        #expect(roadmap.hasSuffix("outro: \"В соответствии с результатами реализации дорожной карты в нее могут быть внесены изменения.\"\n"))
        #expect(result.file(.page) == nil)
    }

    @Test func longTextAfterTheLastTableBecomesAPage() throws {
        let table = "№ п/п\tМероприятие\tСроки\tОтветственные\n<b>Система методической работы</b>\t\t\t\n1.\tСеминар\t2021\tМОУО\n\n"
        let closing = (1...4).map { "Абзац номер \($0) после таблицы." }.joined(separator: "\n\n")
        let result = ImportFixtures.convert(text: "Дорожная карта\n\n" + table + closing + "\n")
        #expect(result.file(.roadmap)?.contents.contains("outro:") == false)
        let page = try #require(result.file(.page))
        #expect(page.contents.contains("Абзац номер 4 после таблицы."))
        #expect(result.warnings("import-prose").count == 1)
    }

    // MARK: - One cell per line

    @Test func cellPerLineRowsAreCountedAcrossBlankLinesInsideCells() throws {
        let result = try ImportFixtures.convert("cell-per-line.txt")
        try withTemporaryDirectory { folder in
            let roadmap = try #require(try ImportSandbox(in: folder).loaded(result).roadmaps.first)
            #expect(roadmap.title == "ДОРОЖНАЯ КАРТА")
            #expect(roadmap.columns.map(\.title) == ["№ п/п", "Мероприятия", "Сроки", "Ответственные", "Результаты исполнения"])
            #expect(roadmap.columns.map(\.key.rawValue) == ["number", "text", "deadline", "responsible", "result"])
            #expect(roadmap.sections.map(\.directionID) == ["low-results", "methodical-work"])
            #expect(roadmap.items.map(\.number) == ["1.", nil, "3.", "1."])
            let first = roadmap.items[0]
            #expect(first.deadline == "до 17.01.2022")
            #expect(first.responsible.isEmpty && first.persons == ["О.А. Ефимова"])
            #expect(first.result == "Список кураторов.\nПротокол.")
            let third = roadmap.items[2]
            #expect(third.text == "Участие в проекте:\n\n- мониторинг\n- анализ")
            #expect(third.deadline == "ежегодно\nмай - август")
            #expect(third.responsible == ["УО", "руководители ОО", "кураторы"])
            #expect(roadmap.items[3].result == nil)
        }
    }

    @Test func unnumberedRowIsKeptWithAWarning() throws {
        let result = try ImportFixtures.convert("cell-per-line.txt")
        let warning = try #require(result.warnings("import-unnumbered").first)
        #expect(warning.location.line == 26)
        try withTemporaryDirectory { folder in
            let roadmap = try #require(try ImportSandbox(in: folder).loaded(result).roadmaps.first)
            #expect(roadmap.items[1].text == "Организация встречи без номера")
            #expect(roadmap.items[1].deadline == "?")
        }
    }

    /// A stamp that names no issuing body is still the approval (its kind, number, date and printed text),
    /// with a warning that the body is missing; it is not pushed into the intro.
    @Test func approvalWithoutABodyIsTheApprovalWithoutItsBody() throws {
        let result = try ImportFixtures.convert("cell-per-line.txt")
        #expect(result.warnings("import-approval").map(\.location.line) == [1])
        try withTemporaryDirectory { folder in
            let sandbox = try ImportSandbox(in: folder)
            let roadmap = try #require(try sandbox.loaded(result).roadmaps.first)
            let approval = try #require(roadmap.approval)
            #expect(approval.heading == "Приложение")
            #expect(approval.kind == "распоряжение")
            #expect(approval.body == nil)
            #expect(approval.number == "65")
            #expect(approval.date == CalendarDate(year: 2021, month: 1, day: 20))
            #expect(approval.text == "к распоряжению от 20.01.2021 № 65 «О реализации мероприятия «Проект 500+» в 2022 году»")
            #expect(roadmap.intro == nil)
            #expect(roadmap.period == Period(from: 2022, to: 2022))
            let site = try RenderedSite.render(content: sandbox.root)
            let page = try #require(site.pages.first { $0.key.hasSuffix("roadmaps/dorozhnaya-karta-2022/index.html") }?.value)
            #expect(page.contains(#"<p class="approval-heading">Приложение</p>"#))
            #expect(page.contains("<p>к\u{A0}распоряжению от 20.01.2021 №\u{A0}65 «О реализации"))
        }
        #expect(result.file(.roadmap)?.path == "roadmaps/dorozhnaya-karta-2022.yaml")
    }

    // MARK: - The same table in other shapes

    /// The export rewritten one cell per line (each TAB row becomes a blank line and one line per cell).
    static func oneCellPerLine(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            line.contains("\t") ? [""] + line.split(separator: "\t", omittingEmptySubsequences: false).map { "\t" + $0 } : [String(line)]
        }.joined(separator: "\n")
    }

    /// The export with its four columns printed in another order (3, 0, 2, 1).
    static func permuted(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count == 4 else { return String(line) }
            return [cells[3], cells[0], cells[2], cells[1]].joined(separator: "\t")
        }.joined(separator: "\n")
    }

    /// The YAML without its comment and column list, which name the input and its column order.
    static func body(_ result: ImportResult) -> String? {
        result.file(.roadmap)?.contents.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") && !$0.contains("{key:") }.joined(separator: "\n")
    }

    @Test func theRoadmapIsTheSameInEitherRowStyleAndAnyColumnOrder() throws {
        let text = try ImportFixtures.text("tabbed-roadmap.txt")
        let reference = try #require(Self.body(ImportFixtures.convert(text: text)))
        let cellPerLine = ImportFixtures.convert(text: Self.oneCellPerLine(text))
        #expect(Self.body(cellPerLine) == reference)
        let permuted = ImportFixtures.convert(text: Self.permuted(text))
        #expect(Self.body(permuted) == reference)
        #expect(permuted.file(.roadmap)?.contents.contains("  - {key: responsible, title: \"Ответственные\"}\n  - {key: number, title: \"№ п/п\"}") == true)
        #expect(cellPerLine.warnings.map(\.code) == ImportFixtures.convert(text: text).warnings.map(\.code))
    }

    // MARK: - Columns

    @Test func columnsInAnotherOrderKeepTheirPrintedTitles() throws {
        let result = try ImportFixtures.convert("columns-order.txt")
        try withTemporaryDirectory { folder in
            let roadmap = try #require(try ImportSandbox(in: folder).loaded(result).roadmaps.first)
            #expect(roadmap.columns.map(\.key.rawValue) == ["responsible", "text", "number", "deadline", "result"])
            #expect(roadmap.columns.map(\.title) == ["Ответственные исполнители", "Мероприятие", "№ п/п", "Срок(и) исполнения (месяц, год)", "Ожидаемый результат"])
            #expect(roadmap.sections.map(\.directionID) == ["methodical-work"])
            #expect(roadmap.sections.map(\.title) == ["Система методической работы"])
            #expect(roadmap.items.map(\.number) == ["1.", "2."])
            #expect(roadmap.items.map(\.text) == ["Семинар", "Консультации"])
            #expect(roadmap.items.map(\.responsible) == [["МОУО"], ["ИМЦ", "ОО"]])
            #expect(roadmap.items.map(\.result) == ["Протокол", "Справка"])
        }
    }

    struct HeaderCase: Sendable, CustomTestStringConvertible {
        var cells: [String]
        var keys: [String]
        var testDescription: String { cells.joined(separator: " | ") }
    }

    @Test(arguments: [
        HeaderCase(cells: ["№ п/п", "Мероприятие (содержание деятельности)", "Сроки", "Ответственные"], keys: ["number", "text", "deadline", "responsible"]),
        HeaderCase(cells: ["<b>№ п/п</b>", "<b>Мероприятие (содержание деятельности)</b>", "<b>Сроки</b>", "<b>Ответственные</b>"], keys: ["number", "text", "deadline", "responsible"]),
        HeaderCase(cells: ["№ п/ п", "Наименование мероприятия", "Срок исполнения (месяц, год)", "Индикативные показатели", "Исполнители"], keys: ["number", "text", "deadline", "indicator", "responsible"]),
        HeaderCase(cells: ["№ п/ п", "Наименование мероприятия", "Сро к исполнени я (месяц, год)", "Индикативные показатели", "Исполнител и"], keys: ["number", "text", "deadline", "indicator", "responsible"]),
        HeaderCase(cells: ["№ п/п", "Мероприятия", "Сроки реализации", "Индикативный показатель", "Исполнители"], keys: ["number", "text", "deadline", "indicator", "responsible"]),
        HeaderCase(cells: ["№ п/п", "Наименование мероприятия", "Сроки исполнения (месяц, год)", "Индикативные показатели", "Исполнители"], keys: ["number", "text", "deadline", "indicator", "responsible"]),
        HeaderCase(cells: ["№\nп/п", "Мероприятия", "Сроки", "Ответственные", "Результаты исполнения"], keys: ["number", "text", "deadline", "responsible", "result"]),
        HeaderCase(cells: ["Мероприятие", "Ответственные исполнители", "Срок(и) исполнения (месяц, год)"], keys: ["text", "responsible", "deadline"]),
        HeaderCase(cells: ["ГОД", "Региональный уровень", "Муниципальный уровень", "Уровень ОО"], keys: ["year", "region", "municipality", "school"]),
        HeaderCase(cells: ["2020", "2021", "2022"], keys: ["2020", "2021", "2022"]),
    ])
    func headerVariantsAreRecognised(_ header: HeaderCase) throws {
        let recognised = try #require(TableHeader.recognise(header.cells))
        #expect(recognised.roles.map(\.key) == header.keys)
    }

    @Test(arguments: [
        ["1.", "Утверждение дорожной карты", "октябрь 2019", "МОУО"],
        ["2020", "2019", "2021"],
        ["Сроки", "Сроки", "Ответственные"],
        ["Пояснение", "Примечание", "Комментарий"],
    ])
    func rowsAreNotHeaders(_ cells: [String]) {
        #expect(TableHeader.recognise(cells) == nil)
    }

    @Test func numberSignOnTheLineAboveATabbedHeader() throws {
        let text = "Дорожная карта по направлению «Система методической работы»\n\n№\nп/п\tМероприятие\tСроки\tОтветственные\n1.\tСеминар\tмай\tМОУО\n"
        let result = ImportFixtures.convert(text: text)
        let yaml = try #require(result.file(.roadmap)).contents
        #expect(yaml.contains("title: \"Дорожная карта по направлению «Система методической работы»\""))
        #expect(yaml.contains("  - {key: number, title: \"№ п/п\"}"))
        #expect(result.file(.page) == nil)
    }

    @Test func aHeaderWithoutRowsWritesNothing() {
        let result = ImportFixtures.convert(text: "№ п/п\tМероприятие\tСроки\tОтветственные\n")
        #expect(result.diagnostics.errors.map(\.code) == ["import-no-table"])
        #expect(result.warnings("import-empty-table").count == 1)
        #expect(result.files.isEmpty)
    }

    @Test func anUnknownColumnIsImportedAsResultWithAWarning() throws {
        let text = "Дорожная карта\n\n№ п/п\tМероприятие\tСроки\tОтветственные\tПримечание\n1.\tСовещание\tмай\tМОУО\tПеренесено\n"
        let result = ImportFixtures.convert(text: text)
        #expect(result.warnings("import-column").count == 1)
        #expect(try #require(result.file(.roadmap)).contents.contains("  - {key: result, title: \"Примечание\"}"))
        #expect(try #require(result.file(.roadmap)).contents.contains("result: \"Перенесено\""))
    }
}
