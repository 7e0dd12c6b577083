import KartaModel

/// Every body named as responsible in the site's roadmaps (and after a deadline in a plan's cell), one
/// per `BodyIdentity`, with a stable page address each.
///
/// Spellings are merged through the glossary of the naming document's territory («ГИМЦ» is «ГИМЦРО»,
/// «Руководители ОО» is «руководители ОО»); a cell that names several bodies gives each its own page.
/// A body is shown as its glossary abbreviation, else as first printed. Addresses are transliterated
/// names; a name that several territories use gets the territory's folder name after it, and two names
/// that still give one address are numbered.
public struct ResponsibleBodies: Sendable {
    public struct Body: Sendable {
        public var name: String
        public var identity: BodyIdentity
        public var slug: String
        public var entry: GlossaryEntry?
        /// The level the body works at, when known: its rows on its page are at this level, whoever is named
        /// first in their cells.
        public var level: Level?
        /// Whether bodies of other territories have the same name: lists and titles then say whose it is.
        public var sharesName = false
    }

    public let bodies: [Body]
    private let slugByIdentity: [BodyIdentity: String]

    /// From scratch: the site's activities indexed and their bodies named (tests and tools; a build reads
    /// its `ViewBuilder`'s).
    public init(content: SiteContent) {
        let identities = BodyIdentities(content: content)
        self.init(lookup: ActivityLookup(ActivityIndex(content: content, bodies: identities), bodies: identities), identities: identities)
    }

    /// The bodies the lookup found named, each with the name, entry and level its first naming activity, in
    /// index order, gives it. Only those activities are read again, one per body: the lookup named them all.
    public init(lookup: ActivityLookup, identities: BodyIdentities) {
        var found: [BodyIdentity: (name: String, entry: GlossaryEntry?, level: Level?)] = [:]
        for (identity, activity) in lookup.firstNamings() {
            guard let text = identities.bodies(of: activity).first(where: { $0.identity == identity })?.text else { continue }
            let entry = identities.entry(for: text, namedIn: activity.entityID)
            found[identity] = (entry?.abbreviation ?? Glossary.key(text), entry, identities.level(of: text, namedIn: activity.entityID))
        }
        let territories = Dictionary(grouping: found.keys, by: \.name).mapValues(\.count)
        var numbering = SlugNumbering()
        var slugs: [BodyIdentity: String] = [:]
        var bodies: [Body] = []
        // The identity's own name last: two identities may show one name in one territory, and the
        // dictionary's order differs from run to run.
        // Sorted as an array of the facts, not the keys: looking each key up at every comparison hashed its
        // strings ten times over, on one core, while the other waited.
        let ordered = found.map { (identity: $0.key, facts: $0.value) }.sorted {
            ($0.facts.name, $0.identity.territory ?? "", $0.identity.name) < ($1.facts.name, $1.identity.territory ?? "", $1.identity.name)
        }
        for (identity, (name, entry, level)) in ordered {
            var base = Transliteration.slug(name, fallback: "body")
            if territories[identity.name, default: 0] > 1, let territory = identity.territory {
                base += "-" + (territory.split(separator: "/").last.map(String.init) ?? territory)
            }
            let slug = numbering.slug(for: base)
            slugs[identity] = slug
            bodies.append(Body(name: name, identity: identity, slug: slug, entry: entry, level: level, sharesName: territories[identity.name, default: 0] > 1))
        }
        self.bodies = bodies
        slugByIdentity = slugs
    }

    public func slug(for identity: BodyIdentity) -> String? { slugByIdentity[identity] }
}
