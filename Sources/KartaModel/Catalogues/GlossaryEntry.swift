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
    public var location: SourceLocation

    public init(
        abbreviation: String, full: String, kind: Kind, variants: [String] = [], note: String? = nil,
        uncertain: Bool = false, location: SourceLocation
    ) {
        self.abbreviation = abbreviation
        self.full = full
        self.kind = kind
        self.variants = variants
        self.note = note
        self.uncertain = uncertain
        self.location = location
    }
}
