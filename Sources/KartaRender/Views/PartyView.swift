/// A responsible party as printed, with the glossary expansion when it is a known abbreviation.
public struct PartyView: Sendable {
    public var text: String
    public var full: String?
    public var glossaryURL: String?
    /// Separator printed after this party («, »), empty for the last one.
    public var separator: String
}
