/// A responsible party as printed, with the glossary expansion when it is a known abbreviation.
public struct PartyView: Sendable, Encodable {
    public var text: String
    public var full: String?
    /// Whether `full` is known; templates test this flag rather than `full`, because a missing field is looked
    /// up in every enclosing view, which is slow in long tables.
    public var isAbbreviation: Bool
    public var glossaryURL: String?
    /// Separator printed after this party («, »), empty for the last one.
    public var separator: String
}
