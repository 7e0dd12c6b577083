/// An activity as a row of the pages that gather activities across documents (years, directions, bodies).
public struct ActivityRowView: Sendable, Encodable {
    /// The number as printed, «—» when the document prints none.
    public var label: String
    /// The number as printed, when there is one.
    public var number: String?
    /// The activity's row in its document.
    public var url: String
    public var textHTML: String
    public var deadline: DeadlineView?
    /// On a year page: the months of that year («сентябрь–ноябрь», «месяц не указан»).
    public var months: String?
    public var stage: String
    public var level: String
    /// Where the level came from («по ответственным»).
    public var levelNote: String
    public var parties: [PartyView]
    public var entity: LinkView
    /// «дорожная карта, 2019–2021 гг.»
    public var document: String
    public var direction: LinkView
}
