/// One abbreviation from `glossary.yaml` and what it stands for.
public struct GlossaryEntry: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case organization
        case procedure
        case document
        case other
    }

    public var abbreviation: String
    public var full: String
    public var kind: Kind
    public var variants: [String]
    public var note: String?
    public var uncertain: Bool
    /// For a body (organisation, role): the administrative level it works at, from which an activity's
    /// level is derived when its roadmap does not state one. Nil for procedures, documents and federal bodies.
    public var level: Level?
    public var location: SourceLocation

    public init(
        abbreviation: String, full: String, kind: Kind, variants: [String] = [], note: String? = nil,
        uncertain: Bool = false, level: Level? = nil, location: SourceLocation
    ) {
        self.abbreviation = abbreviation
        self.full = full
        self.kind = kind
        self.variants = variants
        self.note = note
        self.uncertain = uncertain
        self.level = level
        self.location = location
    }
}
