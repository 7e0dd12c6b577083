/// A component of the management cycle («управленческий цикл») an activity belongs to, plus `framework`.
///
/// The nine cycle stages are the components every direction is assessed on (FIOKO 2020, Rosobrnadzor 08-70);
/// cases are declared in cycle order so `allCases` and `cycle` sort the way the official texts list them.
/// `framework` is Karta's own extra class for approving the normative base: it is not a cycle component,
/// and a completeness view may count it as evidence for `goals` but must not relabel it.
public enum CycleStage: String, CaseIterable, Sendable, Codable {
    case goals
    case indicators
    case methods
    case monitoring
    case analysis
    case recommendations
    case measures
    case decisions
    case effectiveness
    case framework

    /// The nine components of the full cycle, in order, without `framework`.
    public static let cycle: [CycleStage] = allCases.filter { $0 != .framework }

    /// The official wording of the component (v2021 municipal methodology).
    public var title: String {
        switch self {
        case .goals: "Цели"
        case .indicators: "Показатели"
        case .methods: "Методы сбора и обработки информации"
        case .monitoring: "Мониторинг показателей"
        case .analysis: "Анализ результатов мониторинга"
        case .recommendations: "Адресные рекомендации по результатам анализа"
        case .measures: "Меры, мероприятия"
        case .decisions: "Управленческие решения"
        case .effectiveness: "Анализ эффективности принятых мер"
        case .framework: "Нормативная и организационная основа"
        }
    }

    /// One or two words for table headers, where nine full titles would not fit side by side.
    public var shortTitle: String {
        switch self {
        case .goals: "Цели"
        case .indicators: "Показатели"
        case .methods: "Методы"
        case .monitoring: "Мониторинг"
        case .analysis: "Анализ"
        case .recommendations: "Рекомендации"
        case .measures: "Меры"
        case .decisions: "Решения"
        case .effectiveness: "Эффективность"
        case .framework: "Основа"
        }
    }

    /// Whether the stage is one of the nine cycle components (everything but `framework`).
    public var isCycleComponent: Bool { self != .framework }
}
