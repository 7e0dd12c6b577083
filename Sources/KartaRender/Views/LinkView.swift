/// A link to another page with an optional note («12 мероприятий», «Муниципальное образование»).
public struct LinkView: Sendable, Encodable {
    public var label: String
    public var url: String
    public var note: String?

    public init(label: String, url: String, note: String? = nil) {
        self.label = label
        self.url = url
        self.note = note
    }
}
