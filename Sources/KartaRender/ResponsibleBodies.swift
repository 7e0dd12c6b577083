import KartaModel

/// Every party named as responsible in the site's roadmaps (and after a deadline in a plan's cell), with a
/// stable page address each.
///
/// Spellings are merged through the glossary («ГИМЦ» is «ГИМЦРО»), other parties by their trimmed
/// text; addresses are transliterated names, numbered when two names give the same address.
public struct ResponsibleBodies: Sendable {
    public struct Body: Sendable {
        public var name: String
        public var slug: String
        public var entry: GlossaryEntry?
    }

    public let bodies: [Body]
    private let slugByName: [String: String]

    public init(content: SiteContent, activities: ActivityIndex? = nil) {
        var names: [String] = []
        var seen: Set<String> = []
        for activity in (activities ?? ActivityIndex(content: content)).activities {
            for party in activity.parties {
                let name = content.glossary.canonicalName(party)
                guard !name.isEmpty, seen.insert(name).inserted else { continue }
                names.append(name)
            }
        }
        var used: Set<String> = []
        var slugs: [String: String] = [:]
        var bodies: [Body] = []
        for name in names.sorted() {
            let base = Transliteration.slug(name, fallback: "body")
            var slug = base
            var number = 2
            while !used.insert(slug).inserted {
                slug = "\(base)-\(number)"
                number += 1
            }
            slugs[name] = slug
            bodies.append(Body(name: name, slug: slug, entry: content.glossary.entry(for: name)))
        }
        self.bodies = bodies
        slugByName = slugs
    }

    public func slug(for canonicalName: String) -> String? { slugByName[canonicalName] }
}
