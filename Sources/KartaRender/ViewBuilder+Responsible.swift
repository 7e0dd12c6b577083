import KartaModel

extension ViewBuilder {
    /// The activities a body is named for, in index order.
    func activities(of body: ResponsibleBodies.Body) -> [Activity] {
        lookup.naming(body.identity)
    }

    public func responsible(_ body: ResponsibleBodies.Body) -> ResponsibleView {
        let path = SitePath.responsible(body.slug)
        let named = activities(of: body)
        let years = Self.years(of: named).map(Optional.some) + (named.contains { $0.years.isEmpty } ? [nil] : [])
        let groups = years.map { year -> (Int?, [Activity]) in
            (year, named.filter { year.map($0.years.contains) ?? $0.years.isEmpty })
        }
        // Listed once each, under the first year it falls due (a yearly activity of a six-year roadmap would
        // otherwise be six rows); the load table still counts it in every year.
        let starting = Dictionary(grouping: named, by: \.years.first)
        func anchor(_ year: Int?) -> String { year.map { "year-\($0)" } ?? "year-none" }
        func title(_ year: Int?) -> String { year.map(RussianFormat.yearTitle) ?? "Срок не определён" }
        return ResponsibleView(
            chrome: chrome(from: path, title: label(body), breadcrumbs: [("Главная", SitePath.home), ("Ответственные", SitePath.responsibleIndex)]),
            name: body.name, full: body.entry?.full, kind: body.entry.map { RussianFormat.glossaryKind($0.kind) },
            territory: body.identity.territory.flatMap(content.entity).map { LinkView(label: $0.name, url: link(from: path, to: SitePath.entity($0.id))) },
            count: RussianFormat.activities(named.count),
            levelColumns: Level.allCases.map(RussianFormat.levelColumn),
            load: groups.map { year, due in
                ResponsibleView.LoadRow(
                    year: title(year), url: "#" + anchor(year), hasSection: starting[year] != nil, total: String(due.count),
                    levels: Level.allCases.map { level in String(due.filter { (body.level ?? $0.level) == level }.count) })
            },
            owners: entityCounts(named, year: nil, from: path),
            listNote: listNote(named.count),
            years: years.compactMap { year in
                guard let first = starting[year] else { return nil }
                let listed = named.count <= content.config.listLimit
                return ResponsibleView.YearGroup(
                    anchor: anchor(year), title: title(year), count: RussianFormat.activities(first.count),
                    activities: listed ? first.map { activityRow($0, level: body.level, from: path) } : [],
                    entities: listed ? [] : entityCounts(first, year: year, from: path))
            })
    }

    /// A body's name; with its territory when bodies of other territories have the same name («МОУО (Качканар)»).
    func label(_ body: ResponsibleBodies.Body) -> String {
        guard body.sharesName, let territory = body.identity.territory.flatMap(content.entity) else { return body.name }
        return "\(body.name) (\(displayName(territory)))"
    }

    /// The list of bodies, when there is one, with their number.
    func responsibleLink(from path: String) -> LinkView? {
        let count = responsibleBodies.bodies.count
        guard count > 0 else { return nil }
        return LinkView(
            label: "Ответственные", url: link(from: path, to: SitePath.responsibleIndex),
            note: RussianFormat.plural(count, one: "орган или организация", few: "органа или организации", many: "органов и организаций"))
    }

    public func responsibleIndex(_ bodies: ResponsibleBodies) -> ResponsibleIndexView {
        let path = SitePath.responsibleIndex
        let counts = Dictionary(uniqueKeysWithValues: bodies.bodies.map { ($0.identity, lookup.namingCount($0.identity)) })
        func order(_ body: ResponsibleBodies.Body) -> (Int, String, String) { (counts[body.identity] ?? 0, body.name, body.identity.territory ?? "") }
        // Most named first; then by name and territory.
        let sorted = bodies.bodies.sorted { lhs, rhs in
            let (left, right) = (order(lhs), order(rhs))
            return left.0 != right.0 ? left.0 > right.0 : (left.1, left.2) < (right.1, right.2)
        }
        return ResponsibleIndexView(
            chrome: chrome(from: path, title: "Ответственные", breadcrumbs: [("Главная", SitePath.home)]),
            bodies: sorted.map { body in
                var note = RussianFormat.activities(counts[body.identity] ?? 0)
                if let full = body.entry?.full { note = full + " · " + note }
                return ResponsibleIndexView.Body(
                    labelHTML: territoryMarked(HTMLText.escapeAll(label(body)), body.identity.territory), url: link(from: path, to: SitePath.responsible(body.slug)),
                    noteHTML: territoryMarked(HTMLText.escapeAll(note), body.identity.territory))
            })
    }
}
