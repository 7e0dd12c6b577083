/// The glossaries of a site: the root `glossary.yaml`, which holds what is common, and a `glossary.yaml` in
/// any entity folder, which holds that territory's own abbreviations («ИМЦ» is each municipality's own
/// centre). An abbreviation resolves by the closest glossary up the tree from the document that uses it.
public struct TerritoryGlossaries: Sendable {
    public let root: Glossary
    /// Each entity folder's own glossary, by entity id.
    public let own: [String: Glossary]
    /// The closest entity with a glossary of its own, for every entity under one (itself included).
    private let owners: [String: String]
    /// The glossary each owner's documents read: its own entries, then its ancestors', then the root's.
    private let resolved: [String: Glossary]
    /// The entity whose own glossary each entity-folder `glossary.yaml` is, by its file.
    private let ownerByFile: [String: String]

    public init(root: Glossary = Glossary(), own: [String: Glossary] = [:], entities: [Entity] = []) {
        self.root = root
        self.own = own
        var owners: [String: String] = [:]
        var resolved: [String: Glossary] = [:]
        if !own.isEmpty {
            let parents = Dictionary(entities.map { ($0.id, $0.parentID) }, uniquingKeysWith: { first, _ in first })
            for entity in entities {
                // The entity and its ancestors that have a glossary, closest first.
                var chain: [String] = []
                var current: String? = entity.id
                var seen: Set<String> = []
                while let id = current, seen.insert(id).inserted {
                    if own[id] != nil { chain.append(id) }
                    current = parents[id] ?? nil
                }
                guard let owner = chain.first else { continue }
                owners[entity.id] = owner
                if resolved[owner] == nil { resolved[owner] = Glossary(layers: chain.compactMap { own[$0] } + [root]) }
            }
        }
        self.owners = owners
        self.resolved = resolved
        var ownerByFile: [String: String] = [:]
        for (id, glossary) in own {
            for entry in glossary.entries { ownerByFile[entry.location.file] = id }
        }
        self.ownerByFile = ownerByFile
    }

    /// The entity whose own glossary defines `entry`; nil for an entry of the root glossary.
    public func definer(of entry: GlossaryEntry) -> String? {
        ownerByFile[entry.location.file]
    }

    /// Whether any entity folder has a glossary of its own.
    public var isTerritorial: Bool { !own.isEmpty }

    /// The closest entity (`entityID` itself or an ancestor) with a glossary of its own; nil when only the
    /// root glossary applies.
    public func owner(of entityID: String?) -> String? {
        entityID.flatMap { owners[$0] }
    }

    /// The glossary a document of `entityID` reads; the root glossary for site-wide pages (nil).
    public func glossary(for entityID: String?) -> Glossary {
        owner(of: entityID).flatMap { resolved[$0] } ?? root
    }

    /// The glossary of an owner as `owner(of:)` names it; the root's for nil.
    public func resolved(owner: String?) -> Glossary {
        owner.flatMap { resolved[$0] } ?? root
    }

    /// Every glossary a page may read, by owner (nil: the root).
    public var all: [(owner: String?, glossary: Glossary)] {
        [(nil, root)] + resolved.keys.sorted().map { ($0, resolved[$0]!) }
    }

    /// The entities whose own glossary explains `spelling`, in id order.
    public func definers(of spelling: String) -> [String] {
        own.keys.sorted().filter { own[$0]?.entry(for: spelling) != nil }
    }
}
