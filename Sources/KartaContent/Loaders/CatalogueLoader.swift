import KartaModel

/// Reads the three site-wide files: `site.yaml`, `glossary.yaml`, `directions.yaml`.
enum CatalogueLoader {
    /// `images`: the image files at the top of the content folder, which `owner.emblem` may name.
    static func siteConfig(_ root: YAMLNode?, reader: YAMLReader, images: Set<String> = []) -> SiteConfig? {
        let allowed = ["title", "description", "allow_raw_html", "base_url", "list_limit", "owner", "credit", "analysis"]
        guard let map = reader.mapping(root, "site.yaml", allowed: allowed) else { return nil }
        let title = map.string("title", required: true)
        let description = map.string("description")
        let allowRawHTML = map.bool("allow_raw_html") ?? false
        var baseURL = map.string("base_url")
        if let url = baseURL {
            baseURL = BaseURL.normalised(url)
            if baseURL == nil {
                reader.error(
                    .baseUrl, "base_url must be an absolute http:// or https:// address without spaces or quotes, such as \"https://example.ru/karta/\"",
                    at: map.value("base_url"))
            }
        }
        let listLimit = map.int("list_limit", in: 1...10_000_000) ?? SiteConfig.defaultListLimit
        let owner = map.mapping("owner", "owner in site.yaml", allowed: OwnerLoader.keys).flatMap { OwnerLoader.owner($0, reader: reader, images: images) }
        let showsCredit = map.bool("credit") ?? true
        let analysis = map.choice("analysis", as: AnalysisVisibility.self) ?? .public
        guard let title else { return nil }
        return SiteConfig(
            title: title, description: description, allowRawHTML: allowRawHTML, baseURL: baseURL, listLimit: listLimit,
            owner: owner, showsCredit: showsCredit, analysis: analysis)
    }

    static func glossary(_ root: YAMLNode?, reader: YAMLReader) -> Glossary {
        guard let root else { return Glossary() }
        guard case .mapping(let mapping) = root else {
            reader.error(.type, "glossary.yaml must map each abbreviation to its entry", at: root)
            return Glossary()
        }
        var entries: [GlossaryEntry] = []
        var spellings: [String: String] = [:]
        for (keyNode, value) in mapping {
            guard let abbreviation = keyNode.scalar?.string, !abbreviation.isEmpty else {
                reader.error(.type, "a glossary key must be the abbreviation as text", at: keyNode)
                continue
            }
            let what = "glossary entry '\(abbreviation)'"
            guard let map = reader.mapping(value, what, allowed: ["full", "kind", "variants", "note", "uncertain", "level", "seeds"]) else { continue }
            let full = map.string("full", required: true)
            let kind = map.choice("kind", required: true, as: GlossaryEntry.Kind.self)
            let variants = map.strings("variants")
            let note = map.string("note")
            let uncertain = map.bool("uncertain") ?? false
            let level = map.choice("level", as: Level.self)
            _ = map.strings("seeds")
            for spelling in [abbreviation] + variants {
                if let owner = spellings[spelling], owner != abbreviation || spelling != abbreviation {
                    reader.warning(
                        .glossaryVariant,
                        "'\(spelling)' of '\(abbreviation)' is also used by '\(owner)'; an entry's own key wins over a variant, otherwise the first entry wins",
                        at: keyNode)
                } else {
                    spellings[spelling] = abbreviation
                }
            }
            guard let full, let kind else { continue }
            entries.append(GlossaryEntry(
                abbreviation: abbreviation, full: full, kind: kind, variants: variants, note: note,
                uncertain: uncertain, level: level, location: reader.location(keyNode)))
        }
        return Glossary(entries: entries)
    }

    static func directions(_ root: YAMLNode?, reader: YAMLReader) -> [Direction] {
        guard let root else { return [] }
        guard case .sequence(let sequence) = root else {
            reader.error(.type, "directions.yaml must be a list of directions", at: root)
            return []
        }
        var directions: [Direction] = []
        var seen: [String: SourceLocation] = [:]
        for node in sequence {
            guard let map = reader.mapping(node, "a direction", allowed: ["id", "title", "group", "short"]) else { continue }
            let id = map.string("id", required: true)
            let title = map.string("title", required: true)
            let group = map.choice("group", as: Direction.Group.self) ?? Direction.Group.none
            let short = map.string("short")
            guard let id, let title else { continue }
            if !Slug.isValid(id) {
                reader.error(.id, "direction id '\(id)' must use only a-z, 0-9 and '-'", at: map.value("id"))
                continue
            }
            if let first = seen[id] {
                reader.error(.duplicateId, "direction '\(id)' is listed twice (first at \(first))", at: map.value("id"))
                continue
            }
            seen[id] = reader.location(map.value("id"))
            directions.append(Direction(id: id, title: title, shortTitle: short, group: group, location: reader.location(node)))
        }
        return directions
    }
}
