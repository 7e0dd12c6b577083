import KartaModel

extension ViewBuilder {
    /// The activities a body is named for, in index order.
    func activities(of body: ResponsibleBodies.Body) -> [Activity] {
        lookup.naming(body.name)
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
            chrome: chrome(from: path, title: body.name, breadcrumbs: [("Главная", SitePath.home), ("Ответственные", SitePath.responsibleIndex)]),
            name: body.name, full: body.entry?.full, kind: body.entry.map { RussianFormat.glossaryKind($0.kind) },
            count: RussianFormat.activities(named.count),
            levelColumns: Level.allCases.map(RussianFormat.levelColumn),
            load: groups.map { year, due in
                ResponsibleView.LoadRow(
                    year: title(year), url: "#" + anchor(year), hasSection: starting[year] != nil, total: String(due.count),
                    levels: Level.allCases.map { level in String(due.filter { $0.level == level }.count) })
            },
            owners: entityCounts(named, year: nil, from: path),
            listNote: listNote(named.count),
            years: years.compactMap { year in
                guard let first = starting[year] else { return nil }
                let listed = named.count <= content.config.listLimit
                return ResponsibleView.YearGroup(
                    anchor: anchor(year), title: title(year), count: RussianFormat.activities(first.count),
                    activities: listed ? first.map { activityRow($0, from: path) } : [],
                    entities: listed ? [] : entityCounts(first, year: year, from: path))
            })
    }

    /// The list of bodies, when there is one, with their number.
    func responsibleLink(from path: String) -> LinkView? {
        let count = ResponsibleBodies(content: content, activities: activities).bodies.count
        guard count > 0 else { return nil }
        return LinkView(
            label: "Ответственные", url: link(from: path, to: SitePath.responsibleIndex),
            note: RussianFormat.plural(count, one: "орган или организация", few: "органа или организации", many: "органов и организаций"))
    }

    public func responsibleIndex(_ bodies: ResponsibleBodies) -> ResponsibleIndexView {
        let path = SitePath.responsibleIndex
        var counts: [String: Int] = [:]
        for activity in activities.activities {
            for name in Set(activity.parties.map(content.glossary.canonicalName)) { counts[name, default: 0] += 1 }
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
