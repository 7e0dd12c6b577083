/// An intermediate date printed after the main one: «до 29.04.2022 выгрузка данных ФИОКО 16.05.2022».
public struct DeadlineMilestone: Sendable, Hashable, Encodable {
    /// The words before the date, as printed («выгрузка данных ФИОКО»).
    public var label: String
    public var date: DeadlinePoint

    public init(label: String, date: DeadlinePoint) {
        self.label = label
        self.date = date
    }
}
