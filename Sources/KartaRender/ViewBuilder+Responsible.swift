import KartaModel

extension ViewBuilder {
    public func responsible(_ body: ResponsibleBodies.Body) -> ResponsibleView {
        let path = SitePath.responsible(body.slug)
        var total = 0
        let groups = content.roadmaps.compactMap { roadmap -> ResponsibleView.Group? in
            let roadmapURL = link(from: path, to: SitePath.roadmap(roadmap))
            let items = roadmap.sections.flatMap { section in
                section.items.filter { item in
                    (item.responsible + item.subitems.flatMap(\.responsible)).contains { content.glossary.canonicalName($0) == body.name }
                }.map { item in
                    EntityView.ResponsibilityItem(
                        number: item.number, textHTML: markdown.cellHTML(item.text), deadline: item.deadline,
                        direction: directionTitle(section.directionID), url: roadmapURL + "#" + RoadmapAnchor.item(item.id),
                        parties: parties(item.responsible, from: path))
                }
            }
            guard !items.isEmpty else { return nil }
            total += items.count
            return ResponsibleView.Group(
                roadmap: roadmapLink(roadmap, from: path), entity: content.entity(roadmap.entityID)?.name ?? roadmap.entityID, items: items)
        }
        return ResponsibleView(
            chrome: chrome(from: path, title: body.name, breadcrumbs: [("Главная", SitePath.home), ("Ответственные", SitePath.responsibleIndex)]),
            name: body.name, full: body.entry?.full, kind: body.entry.map { RussianFormat.glossaryKind($0.kind) },
            count: RussianFormat.activities(total), groups: groups)
    }

    public func responsibleIndex(_ bodies: ResponsibleBodies) -> ResponsibleIndexView {
        let path = SitePath.responsibleIndex
        var counts: [String: Int] = [:]
        for item in content.roadmaps.flatMap(\.items) {
            let names = Set((item.responsible + item.subitems.flatMap(\.responsible)).map(content.glossary.canonicalName))
            for name in names { counts[name, default: 0] += 1 }
        }
        let sorted = bodies.bodies.sorted { (counts[$0.name] ?? 0, $1.name) > (counts[$1.name] ?? 0, $0.name) }
        return ResponsibleIndexView(
            chrome: chrome(from: path, title: "Ответственные", breadcrumbs: [("Главная", SitePath.home)]),
            bodies: sorted.map { body in
                var note = RussianFormat.activities(counts[body.name] ?? 0)
                if let full = body.entry?.full { note = full + " · " + note }
                return LinkView(label: body.name, url: link(from: path, to: SitePath.responsible(body.slug)), note: note)
            })
    }
}
