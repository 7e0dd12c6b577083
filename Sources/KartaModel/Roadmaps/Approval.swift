/// The document that approved a roadmap: «постановлением Управления образованием … от 19.06.2020 № 179».
public struct Approval: Sendable, Hashable {
    /// The stamp as printed, e.g. «УТВЕРЖДЕНА».
    public var heading: String?
    /// постановление, приказ, распоряжение …
    public var kind: String
    /// The issuing body; a stamp may name none («Приложение к Постановлению от 01.02.2014 г № 45»).
    public var body: String?
    public var number: String?
    public var date: CalendarDate?
    /// The approval line exactly as printed.
    public var text: String?

    public init(heading: String? = nil, kind: String, body: String? = nil, number: String? = nil, date: CalendarDate? = nil, text: String? = nil) {
        self.heading = heading
        self.kind = kind
        self.body = body
        self.number = number
        self.date = date
        self.text = text
    }
}
