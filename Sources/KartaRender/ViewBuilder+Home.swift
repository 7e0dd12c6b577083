import KartaModel

extension ViewBuilder {
    public func home() -> HomeView {
        let path = SitePath.home
        let intro = content.pages.first { $0.id == "index" }
        func node(_ entity: Entity) -> HomeView.TreeNode {
            let roadmapCount = content.roadmaps(of: entity.id).count
            var note = RussianFormat.level(entity.level)
            if roadmapCount > 0 {
                note += ", " + RussianFormat.plural(roadmapCount, one: "дорожная карта", few: "дорожные карты", many: "дорожных карт")
            }
            return HomeView.TreeNode(
                label: entity.name, url: link(from: path, to: SitePath.entity(entity.id)), note: note,
                children: content.children(of: entity.id).map(node))
        }
        return HomeView(
            chrome: chrome(from: path, title: intro?.title ?? content.config.title, breadcrumbs: []),
            title: intro?.title ?? content.config.title,
            description: content.config.description,
            introHTML: intro.map { markdown.html($0.body) },
            tree: content.children(of: nil).map(node),
            roadmaps: content.roadmaps.map { roadmap in
                var view = roadmapLink(roadmap, from: path)
                if let entity = content.entity(roadmap.entityID) { view.note = "\(entity.name) · \(view.note ?? "")" }
                return view
            },
            plans: content.plans.map { planLink($0, from: path) },
            reports: content.entities.compactMap { latestReportLink($0.id, from: path, withEntity: true) },
            pages: content.pages.filter { $0.id != "index" }.map { pageLink($0, from: path) },
            levels: Level.allCases.map { LinkView(label: RussianFormat.levelColumn($0), url: link(from: path, to: SitePath.level($0))) },
            years: yearLinks(from: path),
            directions: content.roadmaps.isEmpty && content.plans.isEmpty ? [] : content.directions.map { direction in
                LinkView(
                    label: direction.shortTitle ?? direction.title, url: link(from: path, to: SitePath.direction(direction.id)),
                    note: RussianFormat.activities(lookup.countInDirection(direction.id)))
            },
            responsible: responsibleLink(from: path),
            directionsURL: link(from: path, to: SitePath.directionIndex),
            glossaryURL: link(from: path, to: SitePath.glossary),
            catalogueURL: link(from: path, to: SitePath.catalogue))
    }
}
