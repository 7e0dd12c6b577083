/// The document that approved a roadmap: «постановлением Управления образованием … от 19.06.2020 № 179».
public struct Approval: Sendable, Hashable {
    /// The stamp as printed, e.g. «УТВЕРЖДЕНА».
    public var heading: String?
    /// постановление, приказ, распоряжение …
    public var kind: String
    public var body: String
    public var number: String?
    public var date: CalendarDate?
    /// The approval line exactly as printed.
    public var text: String?

    public init(heading: String? = nil, kind: String, body: String, number: String? = nil, date: CalendarDate? = nil, text: String? = nil) {
        self.heading = heading
        self.kind = kind
        self.body = body
        self.number = number
        self.date = date
        self.text = text
    }
}
