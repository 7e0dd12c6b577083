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

    public init(content: SiteContent, activities: ActivityIndex? = nil, identities: BodyIdentities? = nil) {
        let identities = identities ?? BodyIdentities(content: content)
        var found: [BodyIdentity: (name: String, entry: GlossaryEntry?, level: Level?)] = [:]
        let all = (activities ?? ActivityIndex(content: content)).activities
        // Naming each activity's bodies reads that activity alone: both cores do it, and the first activity
        // to name a body, in index order, still gives its name, entry and level.
        for (activity, named) in zip(all, all.parallelMap { identities.bodies(of: $0) }) {
            for (text, identity) in named where found[identity] == nil && !identity.name.isEmpty {
                let entry = identities.entry(for: text, namedIn: activity.entityID)
                found[identity] = (entry?.abbreviation ?? Glossary.key(text), entry, identities.level(of: text, namedIn: activity.entityID))
            }
        }
        let territories = Dictionary(grouping: found.keys, by: \.name).mapValues(\.count)
        var used: Set<String> = []
        var slugs: [BodyIdentity: String] = [:]
        var bodies: [Body] = []
        for identity in found.keys.sorted(by: { (found[$0]!.name, $0.territory ?? "") < (found[$1]!.name, $1.territory ?? "") }) {
            let (name, entry, level) = found[identity]!
            var base = Transliteration.slug(name, fallback: "body")
            if territories[identity.name, default: 0] > 1, let territory = identity.territory {
                base += "-" + (territory.split(separator: "/").last.map(String.init) ?? territory)
            }
            var slug = base
            var number = 2
            while !used.insert(slug).inserted {
                slug = "\(base)-\(number)"
                number += 1
            }
            slugs[identity] = slug
            bodies.append(Body(name: name, identity: identity, slug: slug, entry: entry, level: level, sharesName: territories[identity.name, default: 0] > 1))
        }
        self.bodies = bodies
        slugByIdentity = slugs
    }

    public func slug(for identity: BodyIdentity) -> String? { slugByIdentity[identity] }
}
