import KartaModel
import KartaRender

/// Which pages a set of changed content files reaches, worked out from the content before and after.
///
/// A change to anything many pages read — the catalogues, an entity, the home page, the templates —
/// or one that alters what every page shows (the years and bodies that have pages, the navigation)
/// renders everything again. A change to a document renders its own pages, its entity's and its
/// ancestors' pages, the pages of entities named responsible in it, and the year, direction and
/// responsible pages of its activities, before and after the change.
struct ChangePlan {
    var selection: PageSelection
    /// Source files of the roadmaps whose JSON and CSV exports to produce again; `nil` for all.
    var roadmapExports: Set<String>?

    static let everything = ChangePlan(selection: .all, roadmapExports: nil)

    /// `changed`: paths relative to the content folder, `root` the folder as the loader names it.
    static func plan(changed: Set<String>, root: String, old before: Facts, new after: Facts) -> ChangePlan {
        let wholeSite: Set<String> = ["site.yaml", "glossary.yaml", "directions.yaml", "index.md"]
        // A territory's own `glossary.yaml` changes what its abbreviations expand to and which bodies are one
        // wherever its documents are shown, as the root glossary does everywhere.
        // An image at the top of the content folder may be the emblem that every page shows.
        if changed.contains(where: { wholeSite.contains($0) || $0 == "entity.yaml" || $0.hasSuffix("/entity.yaml") || $0.hasSuffix("/glossary.yaml") || (!$0.contains("/") && SiteEmblem.isImage($0)) }) {
            return .everything
        }
        guard before.shape == after.shape else { return .everything }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        let files = Set(changed.map { prefix + $0 })
        var scopes: Set<PageScope> = []
        var roadmaps: Set<String> = []
        for facts in [before, after] {
            let found = facts.touched(by: files)
            scopes.formUnion(found.scopes)
            roadmaps.formUnion(found.roadmaps)
        }
        return ChangePlan(selection: .touched(scopes), roadmapExports: roadmaps)
    }
}

extension ChangePlan {
    /// What one version of the content tells about where each file's effects land.
    struct Facts {
        let content: SiteContent
        let activities: ActivityIndex
        let bodies: BodyIdentities
        let shape: Shape

        /// What every page shows, whatever it is about: when it differs, every page is rendered.
        struct Shape: Equatable {
            var years: [Int]
            var bodySlugs: [String]
            var hasRoadmaps: Bool
            var hasPlans: Bool
            var topPages: [String]
        }

        private init(content: SiteContent, activities: ActivityIndex, bodies: BodyIdentities, shape: Shape) {
            self.content = content
            self.activities = activities
            self.bodies = bodies
            self.shape = shape
        }

        /// The facts of `content`, which differs from this one's only in the wording of roadmaps: the shape stays.
        func replacing(_ content: SiteContent, activities: ActivityIndex) -> Facts {
            Facts(content: content, activities: activities, bodies: bodies, shape: shape)
        }

        /// The facts of the site a view builder built: its activities and the bodies it named.
        init(_ content: SiteContent, builtBy viewBuilder: ViewBuilder) {
            self.content = content
            activities = viewBuilder.activities
            bodies = viewBuilder.bodies
            shape = Shape(
                years: activities.years,
                bodySlugs: viewBuilder.responsibleBodies.bodies.map { [$0.name, $0.identity.name, $0.identity.territory ?? "", $0.slug].joined(separator: "\u{0}") },
                hasRoadmaps: !content.roadmaps.isEmpty, hasPlans: !content.plans.isEmpty,
                topPages: content.pages.filter { $0.entityID == nil }.map { "\($0.id)\u{0}\($0.kind)\u{0}\($0.title)" })
        }

        func touched(by files: Set<String>) -> (scopes: Set<PageScope>, roadmaps: Set<String>) {
            var scopes: Set<PageScope> = []
            var owners: Set<String> = []
            var roadmaps: Set<String> = []
            func document(_ file: String, of entityID: String?) {
                guard files.contains(file) else { return }
                scopes.insert(.document(file))
                if let entityID { owners.insert(entityID) }
            }
            for roadmap in content.roadmaps where files.contains(roadmap.location.file) {
                document(roadmap.location.file, of: roadmap.entityID)
                roadmaps.insert(roadmap.location.file)
            }
            for plan in content.plans where files.contains(plan.location.file) {
                document(plan.location.file, of: plan.entityID)
                scopes.insert(.plans)
            }
            for table in content.expectedResults { document(table.location.file, of: table.entityID) }
            for page in content.pages { document(page.location.file, of: page.entityID) }
            for report in content.reports { document(report.location.file, of: report.entityID) }
            for table in content.indicatorTables { document(table.location.file, of: table.entityID) }
            var parties: Set<String> = []
            for activity in activities.activities where files.contains(activity.location.file) {
                owners.insert(activity.entityID)
                scopes.formUnion(activity.years.map(PageScope.year))
                scopes.insert(.direction(activity.directionID))
                for (_, body) in bodies.bodies(of: activity) {
                    scopes.insert(.body(body))
                    if activity.source == .roadmap { parties.insert(body.name) }
                }
            }
            // Entities named responsible in a touched roadmap of theirs or of an ancestor list its activities.
            if !parties.isEmpty {
                for entity in content.entities where !entity.responsibleAs.isEmpty {
                    guard !bodies.answeredNames(of: entity).isDisjoint(with: parties) else { continue }
                    if content.ancestry(of: entity.id).contains(where: { owners.contains($0.id) }) { scopes.insert(.entity(entity.id)) }
                }
            }
            for owner in owners {
                for entity in content.ancestry(of: owner) { scopes.insert(.entity(entity.id)) }
            }
            return (scopes, roadmaps)
        }
    }
}
