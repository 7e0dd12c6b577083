/// One responsible body, the same for the site, the incremental build and the diff: the territory it
/// belongs to and its name through that territory's glossary (`BodyNames`).
///
/// A body the glossary gives a level belongs to the entity of that level above the document that names
/// it («МОУО» in a school's roadmap is its municipality's, «ИРО» in a municipality's its region's); a body
/// the glossary gives no level (a federal body, a procedure) to no territory; any other name («Отдел
/// образования», «руководители ОО») to the entity whose document names it.
public struct BodyIdentity: Hashable, Comparable, Sendable {
    /// The entity whose territory the body belongs to; nil for a body of no one territory.
    public let territory: String?
    /// The glossary's abbreviation, else the normalised text (`BodyNames.name(of:)`).
    public let name: String

    public init(territory: String?, name: String) {
        self.territory = territory
        self.name = name
    }

    /// By bytes, as `TextKey`: identities key the dictionaries of every body page and row, and `String`'s
    /// hash normalises each Russian name first.
    public static func == (lhs: BodyIdentity, rhs: BodyIdentity) -> Bool {
        TextKey.bytesEqual(lhs.name, rhs.name) && (lhs.territory == nil) == (rhs.territory == nil)
            && TextKey.bytesEqual(lhs.territory ?? "", rhs.territory ?? "")
    }

    public func hash(into hasher: inout Hasher) {
        TextKey(name).hash(into: &hasher)
        if let territory { TextKey(territory).hash(into: &hasher) } else { hasher.combine(0 as UInt8) }
    }

    public static func < (lhs: BodyIdentity, rhs: BodyIdentity) -> Bool {
        (lhs.name, lhs.territory ?? "") < (rhs.name, rhs.territory ?? "")
    }
}

/// The bodies of a site: each party's identity and level, read through the glossary of the territory
/// of the document that names it. Made once per build; the site, its exports and the incremental
/// build's plan all read it.
public struct BodyIdentities: Sendable {
    public let glossaries: TerritoryGlossaries
    /// By glossary owner ("" for the root glossary).
    private let names: [String: BodyNames]
    private let entities: [String: (level: Level, parentID: String?)]
    /// The level of each name an entity answers to (`responsible_as`), the first entity's when several do.
    private let declaredLevels: [String: Level]

    public init(content: SiteContent) {
        glossaries = content.glossaries
        // One territory's names per core: each normalises every spelling of its glossary.
        let territories = content.glossaries.all
        let made = territories.map(\.glossary).parallelMap { BodyNames(glossary: $0) }
        var names: [String: BodyNames] = [:]
        for (index, territory) in territories.enumerated() { names[territory.owner ?? ""] = made[index] }
        self.names = names
        entities = Dictionary(content.entities.map { ($0.id, ($0.level, $0.parentID)) }, uniquingKeysWith: { first, _ in first })
        var declared: [String: Level] = [:]
        for entity in content.entities {
            let names = names[content.glossaries.owner(of: entity.id) ?? ""] ?? BodyNames(glossary: content.glossary)
            for name in entity.responsibleAs where names.entry(for: name)?.level == nil {
                let key = names.name(of: name)
                if declared[key] == nil { declared[key] = entity.level }
            }
        }
        declaredLevels = declared
    }

    /// The names a document of `entityID` reads: its territory's glossary.
    public func names(for entityID: String?) -> BodyNames {
        names[glossaries.owner(of: entityID) ?? ""] ?? names[""]!
    }

    /// Each body a party's text names (see `BodyNames.bodies(in:)`), people left out, with its identity.
    public func bodies(in party: String, namedIn entityID: String) -> [(text: String, identity: BodyIdentity)] {
        names(for: entityID).organisations(in: party).map { ($0, identity(of: $0, namedIn: entityID)) }
    }

    /// The bodies an activity names, each once, in the order named.
    public func bodies(of activity: Activity) -> [(text: String, identity: BodyIdentity)] {
        var seen: Set<BodyIdentity> = []
        return activity.parties.flatMap { bodies(in: $0, namedIn: activity.entityID) }.filter { seen.insert($0.identity).inserted }
    }

    /// The identity of one body's name as a document of `entityID` prints it.
    public func identity(of body: String, namedIn entityID: String) -> BodyIdentity {
        let names = names(for: entityID)
        let entry = names.entry(for: body)
        let name = names.name(of: body)
        guard let level = entry?.level ?? declaredLevels[name] else {
            return BodyIdentity(territory: entry == nil ? entityID : nil, name: name)
        }
        return BodyIdentity(territory: territory(at: level, from: entityID), name: name)
    }

    /// The level of one body as printed, when known: the glossary's `level`, else that of an entity that
    /// answers to the name.
    public func level(of body: String, namedIn entityID: String) -> Level? {
        let names = names(for: entityID)
        if let entry = names.entry(for: body) { return entry.level ?? declaredLevels[entry.abbreviation] }
        return declaredLevels[names.name(of: body)]
    }

    /// The level of the first body of `parties` whose level is known: the body named first leads the activity.
    public func level(of parties: [String], namedIn entityID: String) -> Level? {
        parties.lazy.flatMap { self.names(for: entityID).bodies(in: $0) }.compactMap { self.level(of: $0, namedIn: entityID) }.first
    }

    /// The names an entity answers to (`responsible_as`), as `BodyIdentity.name`: a roadmap of its own or of
    /// an ancestor that names one of them concerns it.
    public func answeredNames(of entity: Entity) -> Set<String> {
        let names = names(for: entity.id)
        return Set(entity.responsibleAs.map(names.name(of:)))
    }

    /// The glossary entry of a body's name as a document of `entityID` prints it.
    public func entry(for body: String, namedIn entityID: String?) -> GlossaryEntry? {
        names(for: entityID).entry(for: body)
    }

    /// The entity of `level` that `entityID` is or sits under; `entityID` itself when there is none.
    func territory(at level: Level, from entityID: String) -> String {
        var current: String? = entityID
        var steps = 0
        while let id = current, let entity = entities[id], steps < 64 {
            if entity.level == level { return id }
            current = entity.parentID
            steps += 1
        }
        return entityID
    }
}
