import KartaContent
import KartaModel
import Testing

/// The stage rules of domain model §2.2, checked on the document's own examples: every row is
/// (verbatim head as printed in §2.2/§2.4, expected stage), so a reviewer can read the list against the document.
@Suite("Stage classifier")
struct StageClassifierTests {
    // MARK: §2.4 compound rows 1–7: rule result, and the «also» stages among the alternatives

    static let compoundRows: [(String, CycleStage, [CycleStage])] = [
        // 1
        ("Проведение анализа результатов мониторинга, принятие управленческих мер", .analysis, [.decisions]),
        // 2
        ("Проведение мониторинга показателей объективности в конкретных образовательных организациях, анализ результатов",
         .monitoring, [.analysis]),
        // 3
        ("Участие в проведении мониторинга эффективности организации воспитания и социализации обучающихся и подготовка адресных рекомендаций по итогам анализа",
         .monitoring, [.analysis, .recommendations]),
        // 4
        ("Проведение психолого-педагогической диагностики способностей и компетенций обучающихся …, выработка адресных рекомендаций",
         .monitoring, [.recommendations]),
        // 5 (two sentences, two stages)
        ("Содействие в проведении независимой оценки качества образования в школах с необъективными результатами ВПР. Анализ результатов независимой оценки …",
         .monitoring, [.analysis]),
        // 6
        ("Сбор и анализ информации о результатах обучения и условиях …", .monitoring, [.analysis]),
        // 7
        ("Утверждение муниципальных показателей и методов сбора информации (мониторинг): …", .indicators, [.methods]),
        ("Определение муниципальных показателей и методов сбора информации для мониторинга …", .indicators, [.methods]),
    ]

    @Test(arguments: compoundRows)
    func compoundRow(_ text: String, _ stage: CycleStage, _ also: [CycleStage]) {
        let result = StageClassifier.classify(text)
        #expect(result.stage == stage)
        #expect(Set(also).isSubset(of: result.alternatives), "alternatives: \(result.alternatives)")
        #expect(!result.alternatives.contains(stage))
        #expect(result.alternatives == result.alternatives.sorted { order($0) < order($1) }, "alternatives in cycle order")
    }

    // MARK: §2.4 rows 8–28: head word vs object word, stage boundaries

    static let borderlineRows: [(String, CycleStage)] = [
        // 8
        ("Подготовка адресных рекомендаций, в том числе для принятия управленческих решений, …", .recommendations),
        ("Использование адресных рекомендаций, в том числе для принятия управленческих решений …", .recommendations),
        // 9
        ("Разработка методики комплексного анализа …", .methods),
        // 10
        ("Утверждение региональных показателей мониторинга системы повышения квалификации педагогов", .indicators),
        ("Проведение мониторинга показателей …", .monitoring),
        // 11 — «эффективности» without «принятых мер» is not the effectiveness stage
        ("Проведение мониторинга эффективности деятельности руководителей …", .monitoring),
        // 12 — measure head noun before the stage stem
        ("Совещание (семинар) для руководителей ОО СО «Мониторинг развития системы профориентации …»", .measures),
        // 13 — «мониторинга» inside a system's name
        ("Работа с концептуальными документами: …; загрузка в информационную систему мониторинга электронных дорожных карт (далее - ИС МЭДК)",
         .measures),
        // 14
        ("Участие образовательных учреждений … во Всероссийских проверочных работах", .monitoring),
        ("… в национальных исследованиях качества образования", .monitoring),
        ("Организация участия … в проведении Всероссийских проверочных работ", .monitoring),
        // 15
        ("Определение регионального перечня оценочных процедур и стандарты … их проведения", .methods),
        ("Разработка и утверждение регламента проведения муниципальных оценочных процедур", .methods),
        // 16
        ("Выявление школ с низкими образовательными результатами на основе региональных показателей", .analysis),
        // 17
        ("Разработка и нормативное закрепление системы юридически значимых последствий оценки эффективности", .decisions),
        // 18
        ("Разработка Положения по оценке результатов деятельности руководителей … на основе индикативных показателей", .framework),
        ("Разработка и утверждение Положения о системе выявления … (включая … муниципальные индикативные показатели …, методы их сбора)",
         .framework),
        // 19
        ("Организация контроля за ходом проведения государственной итоговой аттестации в 2020 году", .monitoring),
        // 20
        ("Включение потребителей образовательных услуг в оценку деятельности системы образования … через проведение процедур независимой оценки …",
         .monitoring),
        // 21 — «сбора и обработки информации» is not the «сбор (и анализ) информации» stem
        ("Обеспечение выполнения требований информационной безопасности на всех этапах сбора и обработки информации …", .measures),
        // 22
        ("Проведение собеседования с руководителями школ, направленного на выявление эффективных показателей реализации направления ВСОКО …",
         .indicators),
        // 23
        ("Разработка методов корректировки затруднений при принятии эффективных управленческих решений …", .decisions),
        // 24
        ("Организация методической работы с педагогами на основе результатов различных оценочных процедур", .monitoring),
        // 25
        ("Проведение оценки предметных компетенций педагогических работников в ШНР, ШФНСУ …", .monitoring),
        // 26
        ("Включить в оценку эффективности работы педагогов критерий по работе с детьми из социально неблагополучных семей",
         .indicators),
        // 27
        ("Коррекция управленческой программы", .decisions),
        ("Введение эффективного контракта в образовательной организации", .measures),
        // 28
        ("Разработка Плана-графика подготовки и проведения муниципальных оценочных процедур", .framework),
    ]

    @Test(arguments: borderlineRows)
    func borderlineRow(_ text: String, _ stage: CycleStage) {
        #expect(StageClassifier.classify(text).stage == stage)
    }

    /// §2.4 #8: the municipal/school rewording is «arguably decisions», so decisions must be offered.
    @Test func recommendationsUsedForDecisionsOfferDecisions() {
        let result = StageClassifier.classify(
            "Использование адресных рекомендаций, в том числе для принятия управленческих решений …")
        #expect(result.stage == .recommendations)
        #expect(result.alternatives.contains(.decisions))
    }

    // MARK: §2.2 «typical seed heads» column

    static let typicalHeads: [(String, CycleStage)] = [
        ("Анализ эффективности принятых мер", .effectiveness),

        ("Принятие управленческих решений по результатам анализа …", .decisions),
        ("Подготовка управленческих решений по направлению", .decisions),
        ("Принятие управленческих мер в отношении …", .decisions),
        ("Коррекция управленческой программы", .decisions),

        ("Подготовка адресных рекомендаций …", .recommendations),
        ("Разработка адресных практических рекомендаций по результатам ВПР", .recommendations),
        ("Разработка обобщенных практических рекомендаций …", .recommendations),
        ("Рекомендации в адрес …", .recommendations),

        ("Проведение анализа результатов мониторинга …", .analysis),
        ("Проведение комплексного анализа …", .analysis),
        ("Ежегодный доклад «О состоянии системы образования …»", .analysis),
        ("Аналитический отчет …", .analysis),
        ("Выявление школ с низкими образовательными результатами …", .analysis),

        ("Проведение мониторинга …", .monitoring),
        ("Осуществление мониторинга …", .monitoring),
        ("Участие … во Всероссийских проверочных работах", .monitoring),
        ("Проведение диагностики профессиональных дефицитов", .monitoring),
        ("Исследование мнения родителей …", .monitoring),
        ("Проведение самообследования …", .monitoring),

        ("Формирование банка контрольных измерительных материалов …", .methods),
        ("Разработка методики …", .methods),
        ("Определение регионального перечня оценочных процедур …", .methods),
        ("Разработка и внедрение региональной автоматизированной системы оценки качества образования (РАС ОКО)", .methods),
        ("Создание единой региональной базы данных одаренных детей", .methods),

        ("Утверждение региональных показателей …", .indicators),
        ("Разработка системы показателей …", .indicators),
        ("Конструирование муниципальных показателей …", .indicators),
        ("Определение муниципальных показателей и методов сбора информации …", .indicators),
        ("Включить в оценку … критерий …", .indicators),

        ("Утверждение дорожной карты …", .framework),
        ("Утверждение Положения о МСОКО …", .framework),
        ("Указ Губернатора …", .framework),
        ("Приказ Министерства …", .framework),
        ("Издание распоряжения …", .framework),
        ("Составление плана комплексных мероприятий …", .framework),
        ("Создание Координационного совета …", .framework),

        ("Проведение мероприятий по повышению объективности …", .measures),
        ("Организация профессиональных конкурсов …", .measures),
        ("Проведение Недели профессиональных проб", .measures),
        ("Обучение педагогических работников анализу результатов диагностики …", .measures),
    ]

    @Test(arguments: typicalHeads)
    func typicalSeedHead(_ text: String, _ stage: CycleStage) {
        #expect(StageClassifier.classify(text).stage == stage)
    }

    /// No seed row sets goals, but the stem exists and fires only at the head of the text.
    @Test(arguments: [
        ("Определение целей и задач развития муниципальной системы оценки качества образования", CycleStage.goals),
        ("Постановка целей …", .goals),
        ("Проведение семинара по определению целей", .measures),
    ])
    func goalsOnlyAtTheHead(_ text: String, _ stage: CycleStage) {
        #expect(StageClassifier.classify(text).stage == stage)
    }

    // MARK: default

    @Test(arguments: [
        "Введение эффективного контракта в образовательной организации",
        "Родительский всеобуч",
        "",
        "   ",
        "—",
    ])
    func noStemIsMeasures(_ text: String) {
        let result = StageClassifier.classify(text)
        #expect(result.stage == .measures)
        #expect(result.alternatives.isEmpty)
        #expect(!result.isExplicit)
    }

    /// Weaker measure words do not change the stage, but name the reason for the reviewer.
    @Test(arguments: [
        ("Проведение Недели профессиональных проб", "проведение"),
        ("Введение эффективного контракта в образовательной организации", "организации"),
        ("Родительский всеобуч", nil as String?),
    ])
    func defaultNamesWeakerMeasureWord(_ text: String, _ stem: String?) {
        let result = StageClassifier.classify(text)
        #expect(result.stage == .measures)
        #expect(result.matchedStem == stem)
    }

    // MARK: case and ё

    @Test(arguments: [
        ("ПРОВЕДЕНИЕ МОНИТОРИНГА КАЧЕСТВА ПОДГОТОВКИ ОБУЧАЮЩИХСЯ", CycleStage.monitoring),
        ("АНАЛИЗ ЭФФЕКТИВНОСТИ ПРИНЯТЫХ МЕР", .effectiveness),
        ("анализ эффективности принятых мер", .effectiveness),
        ("ПрИкАз Министерства …", .framework),
        ("Аналитический отчёт по итогам ВПР", .analysis),
        ("Аналитический ОТЧЁТ по итогам ВПР", .analysis),
        ("Аналитический отче\u{308}т по итогам ВПР", .analysis),
        ("Создание базы данных одарённых детей", .methods),
        ("Утверждённая дорожная карта …", .framework),
    ])
    func caseAndYoDoNotMatter(_ text: String, _ stage: CycleStage) {
        #expect(StageClassifier.classify(text).stage == stage)
    }

    @Test func matchedStemIsTheNormalisedText() {
        #expect(StageClassifier.classify("Аналитический ОТЧЁТ по итогам ВПР").matchedStem == "аналитический отчет")
        #expect(StageClassifier.classify("Проведение мониторинга …").matchedStem == "мониторинга")
        #expect(StageClassifier.classify("Анализ эффективности принятых мер").matchedStem == "анализ эффективности принятых мер")
    }

    // MARK: override (a): a framework stem within the first 40 characters wins outright

    /// «Анализ», a 31- or 32-letter filler word, then the framework stem at character 39 or 40.
    static let frameworkAt39: String = "Анализ ххххххххххххххххххххххххххххххх утверждение плана"
    static let frameworkAt40: String = "Анализ хххххххххххххххххххххххххххххххх утверждение плана"

    @Test func frameworkStemPositions() {
        #expect(Self.frameworkAt39.distance(
            from: Self.frameworkAt39.startIndex, to: Self.frameworkAt39.firstRange(of: "утверждение")!.lowerBound) == 39)
        #expect(Self.frameworkAt40.distance(
            from: Self.frameworkAt40.startIndex, to: Self.frameworkAt40.firstRange(of: "утверждение")!.lowerBound) == 40)
    }

    @Test(arguments: [
        ("Анализ и утверждение плана мероприятий", CycleStage.framework),
        ("Мониторинг, анализ и разработка Положения о МСОКО", .framework),
        // framework stem at character 39: still inside the head
        (frameworkAt39, .framework),
        // framework stem at character 40: the leftmost rule decides
        (frameworkAt40, .analysis),
        ("Проведение анализа результатов ВПР и по его итогам разработка плана мероприятий", .analysis),
    ])
    func frameworkHeadOverride(_ text: String, _ stage: CycleStage) {
        let result = StageClassifier.classify(text)
        #expect(result.stage == stage)
        #expect(Set(result.alternatives + [result.stage]).isSuperset(of: [.analysis, .framework]))
    }

    /// The framework override beats a measure head noun in front of it, too.
    @Test func frameworkHeadOverrideBeatsMeasureHead() {
        #expect(StageClassifier.classify("Семинар и утверждение плана работы").stage == .framework)
    }

    // MARK: override (b): a measure head noun before the leftmost stage stem

    @Test(arguments: [
        // §2.4 #12
        ("Совещание (семинар) для руководителей ОО СО «Мониторинг развития системы профориентации …»", "совещание",
         CycleStage.monitoring),
        // §2.4 #13
        ("Работа с концептуальными документами: …; загрузка в информационную систему мониторинга электронных дорожных карт (далее - ИС МЭДК)",
         "работа с", .monitoring),
        ("Семинар «Анализ результатов ВПР»", "семинар", .analysis),
        ("Обучение педагогических работников анализу результатов диагностики …", "обучение", .analysis),
    ])
    func measureHeadOverride(_ text: String, _ head: String, _ overridden: CycleStage) {
        let result = StageClassifier.classify(text)
        #expect(result.stage == .measures)
        #expect(result.matchedStem == head)
        #expect(result.alternatives.contains(overridden))
    }

    @Test(arguments: [
        ("Анализ результатов семинаров", CycleStage.analysis),
        // the head noun must come *before* the stem: at the same place the stage stem wins
        ("Разработка программы мониторинга качества образования", .methods),
        // «методической работы с …» is not the head noun «работа с» (§2.4 #24)
        ("Организация методической работы с педагогами на основе результатов различных оценочных процедур", .monitoring),
    ])
    func measureHeadAfterTheStemDoesNotOverride(_ text: String, _ stage: CycleStage) {
        #expect(StageClassifier.classify(text).stage == stage)
    }

    // MARK: Markdown in the activity text

    @Test(arguments: [
        ("- Приказ Министерства образования", CycleStage.framework),
        ("* Приказ Министерства образования", .framework),
        ("1. Приказ Министерства образования", .framework),
        ("5.1. Приказ Министерства образования", .framework),
        ("\\- Приказ Министерства образования", .framework),
        ("**Приказ** Министерства образования", .framework),
        ("__Указ__ Губернатора", .framework),
        ("Проведение **мониторинга** качества", .monitoring),
        ("Проведение мони\u{AD}торинга качества", .monitoring),
        ("Формирование банка контрольно\\-измерительных материалов", .methods),
        ("Анализ\nрезультатов ВПР", .analysis),
        ("Проведение мероприятий:\n- семинар;\n- анализ результатов", .measures),
        ("Подготовка\n\nадресных\n  рекомендаций", .recommendations),
        ("Анализ\nэффективности\nпринятых мер", .effectiveness),
    ])
    func markdownIsStrippedBeforeMatching(_ text: String, _ stage: CycleStage) {
        #expect(StageClassifier.classify(text).stage == stage)
    }

    // MARK: explicit stages

    @Test func rulesNeverClaimToBeExplicit() {
        #expect(!StageClassifier.classify("Проведение мониторинга …").isExplicit)
        let explicit = StageClassification.explicit(.goals)
        #expect(explicit.isExplicit)
        #expect(explicit.stage == .goals)
        #expect(explicit.alternatives.isEmpty)
    }

    // MARK: the stage enum

    @Test func cycleIsTheNineComponentsInOrder() {
        #expect(CycleStage.cycle == [
            .goals, .indicators, .methods, .monitoring, .analysis, .recommendations, .measures, .decisions, .effectiveness,
        ])
        #expect(CycleStage.allCases.last == .framework)
        #expect(CycleStage.framework.title == "Нормативная и организационная основа")
        #expect(CycleStage.recommendations.title == "Адресные рекомендации по результатам анализа")
        #expect(Set(CycleStage.allCases.map(\.shortTitle)).count == CycleStage.allCases.count)
        #expect(CycleStage(rawValue: "effectiveness") == .effectiveness)
    }

    // MARK: cost and concurrency

    /// 200 KB inputs, including runs that would make a backtracking `W` quadratic, must finish quickly.
    @Test(arguments: [
        "realistic",
        "рекомендаци",
        "рекомендаций ",
        "утверждение ",
        "контрольно-",
        "анализ эффективности ",
        "а",
        "а ",
        "контрольно - ",
        "Совещание ",
    ])
    func longInputsAreLinear(_ unit: String) {
        let sample = unit == "realistic"
            ? Self.borderlineRows.map(\.0).joined(separator: "\n- ")
            : unit
        let text = String(repeating: sample, count: 200_000 / sample.utf8.count + 1)
        #expect(text.utf8.count >= 200_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = StageClassifier.classify(text) }
        #expect(elapsed < .seconds(2), "took \(elapsed)")
    }

    @Test func parallelClassificationAgreesWithSerial() async {
        let texts = (Self.borderlineRows + Self.typicalHeads).map(\.0)
        let serial = texts.map(StageClassifier.classify)
        let parallel = await withTaskGroup(of: (Int, StageClassification).self) { group in
            for _ in 0..<8 {
                for (index, text) in texts.enumerated() {
                    group.addTask { (index, StageClassifier.classify(text)) }
                }
            }
            var results: [(Int, StageClassification)] = []
            for await result in group { results.append(result) }
            return results
        }
        for (index, result) in parallel {
            #expect(result == serial[index])
        }
    }

    private func order(_ stage: CycleStage) -> Int {
        CycleStage.allCases.firstIndex(of: stage)!
    }
}
