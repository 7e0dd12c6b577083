import KartaModel

extension ViewBuilder {
    public func glossary() -> GlossaryView {
        let path = SitePath.glossary
        let entries = content.glossary.entries.sorted { $0.abbreviation < $1.abbreviation }
        return GlossaryView(
            chrome: chrome(from: path, title: "Глоссарий сокращений", breadcrumbs: [("Главная", SitePath.home)]),
            entries: entries.map { entry in
                GlossaryView.Entry(
                    anchor: SitePath.termAnchor(entry.abbreviation), abbreviation: entry.abbreviation, full: entry.full,
                    kind: RussianFormat.glossaryKind(entry.kind),
                    variants: entry.variants.isEmpty ? nil : entry.variants.joined(separator: ", "),
                    note: entry.note, uncertain: entry.uncertain)
            },
            count: RussianFormat.plural(entries.count, one: "сокращение", few: "сокращения", many: "сокращений"))
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
