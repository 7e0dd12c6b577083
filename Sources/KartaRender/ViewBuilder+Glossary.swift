import KartaModel

extension ViewBuilder {
    /// The root glossary's entries, then each territory's own in a section of its own. An expansion that is
    /// not confirmed (`uncertain`) is shown as any other: `karta check` tells the editors (`glossary-uncertain`).
    public func glossary() -> GlossaryView {
        let path = SitePath.glossary
        func entries(_ glossary: Glossary) -> [GlossaryView.Entry] {
            glossary.entries.sorted { $0.abbreviation < $1.abbreviation }.map { entry in
                GlossaryView.Entry(
                    anchor: termAnchor(entry), abbreviation: entry.abbreviation, full: entry.full,
                    kind: RussianFormat.glossaryKind(entry.kind),
                    variants: entry.variants.isEmpty ? nil : entry.variants.joined(separator: ", "),
                    note: entry.note)
            }
        }
        let territories = content.glossaries.own.keys.sorted().compactMap { id -> GlossaryView.Territory? in
            guard let glossary = content.glossaries.own[id], let entity = content.entity(id) else { return nil }
            return GlossaryView.Territory(
                anchor: "territory-" + id.replacingSlashes, name: entity.name,
                url: link(from: path, to: SitePath.entity(id)), entries: territoryMarked(entries(glossary), id))
        }
        let count = content.glossary.entries.count + territories.map(\.entries.count).reduce(0, +)
        return GlossaryView(
            chrome: chrome(from: path, title: "Глоссарий сокращений", breadcrumbs: [("Главная", SitePath.home)]),
            entries: entries(content.glossary),
            territories: territories,
            count: RussianFormat.plural(count, one: "сокращение", few: "сокращения", many: "сокращений"))
    }

    /// A territory's entries, their expansions typeset through its own glossary.
    private func territoryMarked(_ entries: [GlossaryView.Entry], _ id: String) -> [GlossaryView.Entry] {
        entries.map { entry in
            var marked = entry
            marked.abbreviationHTML = territoryMarked(HTMLText.escapeAll(entry.abbreviation), id)
            marked.fullHTML = territoryMarked(HTMLText.escapeAll(entry.full), id)
            return marked
        }
    }

    public func page(_ page: Page) -> PageView {
        let path = SitePath.page(page)
        return PageView(
            chrome: chrome(from: path, title: page.title, breadcrumbs: entityTrail(page.entityID), summary: page.summary),
            title: page.title,
            kindLabel: RussianFormat.pageKind(page.kind),
            date: page.date.map(dateView),
            entity: page.entityID.flatMap(content.entity).map {
                LinkView(label: $0.name, url: link(from: path, to: SitePath.entity($0.id)))
            },
            bodyHTML: markdown.html(page.body))
    }
}
