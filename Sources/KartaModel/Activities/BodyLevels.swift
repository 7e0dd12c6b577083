/// The administrative level each responsible body works at, from which an activity's level is derived when its
/// roadmap does not state one: the glossary's `level`, else the level of an entity that names itself so
/// (`responsible_as`). Spellings are compared through the glossary, as everywhere else.
public struct BodyLevels: Sendable {
    private let glossary: Glossary
    private let levels: [String: Level]

    public init(content: SiteContent) {
        glossary = content.glossary
        var levels: [String: Level] = [:]
        for entity in content.entities {
            for name in entity.responsibleAs {
                let key = content.glossary.canonicalName(name)
                if levels[key] == nil { levels[key] = entity.level }
            }
        }
        for entry in content.glossary.entries {
            if let level = entry.level { levels[entry.abbreviation] = level }
        }
        self.levels = levels
    }

    /// The level of one body as printed, when known.
    public func level(of party: String) -> Level? {
        levels[glossary.canonicalName(party)]
    }

    /// The level of the first body of `parties` whose level is known: the body named first leads the activity.
    public func level(of parties: [String]) -> Level? {
        parties.lazy.compactMap(level(of:)).first
    }
}
