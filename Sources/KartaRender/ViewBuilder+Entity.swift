import KartaModel

extension ViewBuilder {
    public func entity(_ entity: Entity) -> EntityView {
        let path = SitePath.entity(entity.id)
        let parent = entity.parentID.flatMap(content.entity)
        let children = content.children(of: entity.id)
        let groups = Level.allCases.compactMap { level -> EntityView.ChildGroup? in
            let members = children.filter { $0.level == level }
            guard !members.isEmpty else { return nil }
            return EntityView.ChildGroup(
                heading: RussianFormat.levelPlural(level), count: String(members.count),
                entities: members.map { LinkView(label: $0.name, url: link(from: path, to: SitePath.entity($0.id))) })
        }
        let responsibilities = responsibilities(of: entity, from: path)
        let count = responsibilities.reduce(0) { $0 + $1.items.count }
        return EntityView(
            chrome: chrome(
                from: path, title: entity.name, breadcrumbs: entityTrail(entity.parentID),
                summary: entity.description.map { PlainText.of(html: markdown.html($0)) }),
            name: entity.name,
            shortName: entity.shortName,
            levelLabel: RussianFormat.level(entity.level),
            parent: parent.map { LinkView(label: $0.name, url: link(from: path, to: SitePath.entity($0.id)), note: RussianFormat.level($0.level)) },
            details: entity.details.map { EntityView.Detail(label: $0.label, value: $0.value) } + sinceDetail(entity),
            hasDetails: entity.shortName != nil || parent != nil || !entity.details.isEmpty || entity.since != nil,
            descriptionHTML: entity.description.map(markdown.html),
            childGroups: groups,
            roadmaps: content.roadmaps(of: entity.id).map { roadmapLink($0, from: path) },
            plans: content.plans(of: entity.id).map { planLink($0, from: path) },
            expectedResults: content.expectedResults(of: entity.id).map { expectedResultsLink($0, from: path) },
            latestReport: latestReportLink(entity.id, from: path),
            reportIndexURL: link(from: path, to: SitePath.reportIndex(entity.id)),
            reportCount: RussianFormat.plural(content.reports(of: entity.id).count, one: "отчёт", few: "отчёта", many: "отчётов"),
            pages: content.pages.filter { $0.entityID == entity.id }.map { pageLink($0, from: path) },
            responsibleAs: parties(entity.responsibleAs, in: entity.id, from: path),
            responsibilities: responsibilities,
            responsibilityCount: RussianFormat.activities(count),
            years: yearLinks(of: entity, from: path),
            analysisURL: entityAnalysisURL(entity.id, from: path))
    }

    /// «Год создания», saying why earlier activities of the ancestors' roadmaps are not listed (`since`).
    func sinceDetail(_ entity: Entity) -> [EntityView.Detail] {
        guard let since = entity.since else { return [] }
        return [EntityView.Detail(
            label: "Год создания",
            value: "\(since); мероприятия вышестоящих органов со сроками до \(since) года здесь не указаны")]
    }

    /// Activities of this entity's and its ancestors' roadmaps that name it as responsible.
    func responsibilities(of entity: Entity, from path: String) -> [EntityView.Responsibility] {
        // By bytes: the check runs for every party of every row of the entity's and its ancestors' roadmaps.
        let names = Set(bodies.answeredNames(of: entity).map(TextKey.init))
        guard !names.isEmpty else { return [] }
        // The roadmaps of the entity and its ancestors, in the site's order (entity, then id), found by
        // entity rather than by a scan of every roadmap for every entity.
        let scope = content.ancestry(of: entity.id).map(\.id).sorted()
        // With `since`, the inherited items it keeps (`Entity.keeps`), as its year pages list them.
        let kept = entity.since.map { _ in Set(activities(of: entity).map(\.id)) }
        return scope.flatMap { content.roadmaps(of: $0) }.compactMap { roadmap in
            let roadmapURL = link(from: path, to: SitePath.roadmap(roadmap))
            let places = partyMatches.places(in: roadmap, naming: names) {
                roadmap.sections.indices.flatMap { sectionIndex in
                    roadmap.sections[sectionIndex].items.indices.filter { itemIndex in
                        let item = roadmap.sections[sectionIndex].items[itemIndex]
                        return (item.responsible + item.subitems.flatMap(\.responsible)).contains { party in
                            bodies.bodies(in: party, namedIn: roadmap.entityID).contains { names.contains(TextKey($0.identity.name)) }
                        }
                    }.map { RoadmapPartyMatches.Place(section: sectionIndex, item: $0) }
                }
            }
            let items = places.compactMap { place -> EntityView.ResponsibilityItem? in
                let section = roadmap.sections[place.section]
                let item = section.items[place.item]
                guard roadmap.entityID == entity.id || kept?.contains(Activity.id(of: item, in: roadmap)) ?? true else { return nil }
                return EntityView.ResponsibilityItem(
                    number: item.number, textHTML: markdown.cellHTML(item.text), deadline: item.deadline,
                    // A direction `karta import` only guessed is not shown: the section's title is.
                    direction: section.directionGuessed ? section.title : directionTitle(section.directionID), url: roadmapURL + "#" + RoadmapAnchor.item(item.id),
                    parties: parties(item.responsible, in: roadmap.entityID, from: path))
            }
            guard !items.isEmpty else { return nil }
            printsWording(of: roadmap.location.file)
            return EntityView.Responsibility(roadmap: roadmapLink(roadmap, from: path), items: items)
        }
    }
}

/// Anchors inside a roadmap page, shared by the page and the pages that link into it.
public enum RoadmapAnchor {
    public static func item(_ id: String) -> String { "item-" + id }
    /// `subitem-2-<item id>`: the prefix and the number keep it apart from every item anchor.
    public static func subitem(_ index: Int, of id: String) -> String { "subitem-\(index + 1)-\(id)" }
    public static func section(_ index: Int, direction: String) -> String { "section-\(index + 1)-\(direction)" }
}
