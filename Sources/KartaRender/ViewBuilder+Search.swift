import KartaModel

extension ViewBuilder {
    /// The search page; above list_limit its groups leave out the activities, which are not made at all.
    public func search() -> SearchView {
        search(groups: searchGroups(from: SitePath.search, includingActivities: searchPageListsActivities))
    }

    /// The search page from the groups of `search/index.json` (`searchGroups(from: SitePath.search)`),
    /// which a build makes once for both.
    public func search(groups all: [SearchView.Group]) -> SearchView {
        let path = SitePath.search
        // Above list_limit the page without JavaScript lists documents, reports and entities only;
        // the index the search script reads still holds every activity.
        let listsActivities = searchPageListsActivities
        let groups = (listsActivities ? all : all.filter { $0.entries.first?.kind != Self.activitySearchKind }).map(Self.withoutRepeatedContext).map(territoryMarked)
        let total = groups.reduce(0) { $0 + $1.entries.count }
        return SearchView(
            chrome: chrome(
                from: path, title: "Поиск", breadcrumbs: [("Главная", SitePath.home)],
                summary: "Поиск по мероприятиям, документам и страницам сайта «\(content.config.title)»"),
            groups: groups,
            total: RussianFormat.plural(total, one: "запись", few: "записи", many: "записей"),
            listNote: listLimitNote(
                activities.activities.count, subject: RussianFormat.activities(activities.activities.count).capitalizedFirst + " —",
                then: "ниже перечислены документы, отчёты, органы и организации; мероприятия находит поиск выше, а без JavaScript — страницы документов, годов и органов."),
            indexURL: link(from: path, to: SitePath.searchIndex),
            scriptURL: link(from: path, to: SitePath.searchScript))
    }

    /// An activity group's heading names its document, which each entry's context repeated (half the page's
    /// weight); the search script's results, shown one by one, keep it from `search/index.json`.
    static func withoutRepeatedContext(_ group: SearchView.Group) -> SearchView.Group {
        guard group.entries.first?.kind == activitySearchKind else { return group }
        var group = group
        for index in group.entries.indices { group.entries[index].context = nil }
        return group
    }

    /// The activities of a document whose territory has a glossary of its own are typeset through it: their
    /// titles are written as HTML marked with the territory (`territoryMarked`). `search/index.json` is made
    /// from the groups before this, so it stays plain text.
    func territoryMarked(_ group: SearchView.Group) -> SearchView.Group {
        guard content.glossaries.isTerritorial, group.entries.first?.kind == Self.activitySearchKind else { return group }
        let number = Int(group.anchor.drop { !$0.isNumber }) ?? 0
        let documents = group.anchor.hasPrefix("plan-") ? content.plans.map(\.entityID) : content.roadmaps.map(\.entityID)
        guard documents.indices.contains(number - 1), content.glossaries.owner(of: documents[number - 1]) != nil else { return group }
        var group = group
        for index in group.entries.indices {
            group.entries[index].titleHTML = territoryMarked(HTMLText.escapeAll(group.entries[index].title), documents[number - 1])
        }
        return group
    }

    /// Everything search covers, in site order; the search page lists it and `search/index.json` holds it.
    /// A new page kind adds its group here.
    public func searchGroups(from path: String, includingActivities: Bool = true) -> [SearchView.Group] {
        var groups: [SearchView.Group] = []
        func add(_ heading: String, anchor: String, _ entries: [SearchEntry]) {
            guard !entries.isEmpty else { return }
            groups.append(SearchView.Group(
                heading: heading, anchor: anchor,
                count: RussianFormat.plural(entries.count, one: "запись", few: "записи", many: "записей"), entries: entries))
        }
        add("Документы", anchor: "documents", documentEntries(from: path))
        add("Отчёты о состоянии системы образования", anchor: "reports", reportEntries(from: path))
        add("Органы и организации", anchor: "entities", content.entities.map { entity in
            SearchEntry(
                kind: PageKind.entity.searchGroup!, title: entity.name,
                text: [entity.shortName, RussianFormat.level(entity.level), entity.description.map { PlainText.of(html: markdown.html($0)) }]
                    .compactMap { $0 }.joined(separator: " "),
                url: link(from: path, to: SitePath.entity(entity.id)), context: entity.parentID.flatMap(content.entity).map(displayName))
        })
        guard includingActivities else { return groups }
        // Made on every core: at region scale this ran on one while the other waited for the pages.
        let builder = self
        let entries = content.roadmaps.parallelMap { builder.activityEntries($0, from: path) }
        for (index, roadmap) in content.roadmaps.enumerated() {
            add("Мероприятия: \(roadmap.title)", anchor: "roadmap-\(index + 1)", entries[index])
        }
        for (index, plan) in content.plans.enumerated() {
            add("Мероприятия плана: \(plan.title)", anchor: "plan-\(index + 1)", planEntries(plan, from: path))
        }
        return groups
    }

    /// The `kind` of activity entries; pages' entries take theirs from `PageKind.searchGroup`.
    static let activitySearchKind = "activity"

    func context(_ entityID: String, _ title: String) -> String {
        let owner = content.entity(entityID).map(displayName) ?? entityID
        return "\(owner) · \(Self.shortened(title, to: 90))"
    }

    func documentEntries(from path: String) -> [SearchEntry] {
        var entries = content.roadmaps.map { roadmap in
            SearchEntry(
                kind: PageKind.roadmap.searchGroup!, title: roadmap.title, text: "дорожная карта " + (roadmap.intro.map { PlainText.of(html: markdown.html($0)) } ?? ""),
                url: link(from: path, to: SitePath.roadmap(roadmap)), context: content.entity(roadmap.entityID).map(displayName))
        }
        entries += content.plans.map { plan in
            SearchEntry(
                kind: PageKind.plan.searchGroup!, title: plan.title, text: "план по уровням управления",
                url: link(from: path, to: SitePath.plan(plan)), context: content.entity(plan.entityID).map(displayName))
        }
        entries += content.expectedResults.map { table in
            SearchEntry(
                kind: PageKind.expectedResults.searchGroup!, title: [table.caption, table.title].compactMap { $0 }.joined(separator: " "), text: "ожидаемые результаты",
                url: link(from: path, to: SitePath.expectedResults(table)), context: content.entity(table.entityID).map(displayName))
        }
        entries += content.pages.filter { $0.id != "index" }.map { page in
            SearchEntry(
                kind: PageKind.page.searchGroup!, title: page.title,
                text: [page.summary, PlainText.of(html: markdown.html(page.body))].compactMap { $0 }.joined(separator: " "),
                url: link(from: path, to: SitePath.page(page)), context: page.entityID.flatMap(content.entity).map(displayName))
        }
        return entries
    }

    /// A roadmap's activities for search; made once per build when the search page lists them too
    /// (`searchEntries`).
    public func activityEntries(_ roadmap: Roadmap, from path: String) -> [SearchEntry] {
        printsWording(of: roadmap.location.file)
        return searchEntries(of: roadmap.location.file, from: path) { makeActivityEntries(roadmap, from: path) }
    }

    /// Whether the search page lists every activity, as its shards do: up to list_limit.
    var searchPageListsActivities: Bool { activities.activities.count <= content.config.listLimit }

    /// A document's search entries from `make`, kept for the build (`searchEntries`) only while the search
    /// page lists them beside the shard; above list_limit each is made once anyway, and not kept.
    private func searchEntries(of file: String, from path: String, _ make: () -> [SearchEntry]) -> [SearchEntry] {
        guard searchPageListsActivities else { return make() }
        return searchEntries.value(for: TextKey(path + "\u{0}" + file), make)
    }

    private func makeActivityEntries(_ roadmap: Roadmap, from path: String) -> [SearchEntry] {
        let roadmapURL = link(from: path, to: SitePath.roadmap(roadmap))
        let where_ = context(roadmap.entityID, roadmap.title)
        return roadmap.items.map { item in
            let text = PlainText.of(html: markdown.cellHTML(item.text))
            var more = item.subitems.map { PlainText.of(html: markdown.cellHTML($0.text)) }
            more += [item.deadline, item.indicator.map { PlainText.of(html: markdown.cellHTML($0)) }, item.result.map { PlainText.of(html: markdown.cellHTML($0)) }]
                .compactMap { $0 }
            let glossary = content.glossary(for: roadmap.entityID)
            more += (item.responsible + item.subitems.flatMap(\.responsible)).map { name in
                [name, glossary.entry(for: name)?.full].compactMap { $0 }.joined(separator: " ")
            }
            more += item.persons + item.subitems.flatMap(\.persons)
            let title = [item.number, Self.shortened(text, to: 160)].compactMap { $0 }.joined(separator: " ")
            return SearchEntry(
                kind: Self.activitySearchKind, title: title, text: ([text] + more).joined(separator: " "),
                url: roadmapURL + "#" + RoadmapAnchor.item(item.id), context: where_)
        }
    }

    /// A plan's rows for search; made once per build when the search page lists them too.
    public func planEntries(_ plan: LevelPlan, from path: String) -> [SearchEntry] {
        searchEntries(of: plan.location.file, from: path) { makePlanEntries(plan, from: path) }
    }

    private func makePlanEntries(_ plan: LevelPlan, from path: String) -> [SearchEntry] {
        let planURL = link(from: path, to: SitePath.plan(plan))
        let where_ = context(plan.entityID, plan.title)
        return plan.sections.flatMap(\.rows).compactMap { row in
            let texts = Level.allCases.compactMap { level -> String? in
                guard case .text(let markdownText) = row.cells[level] else { return nil }
                return PlainText.of(html: markdown.cellHTML(markdownText))
            }
            guard let first = texts.first else { return nil }
            let title = [row.year, Self.shortened(first, to: 160)].compactMap { $0 }.joined(separator: ": ")
            return SearchEntry(kind: Self.activitySearchKind, title: title, text: texts.joined(separator: " "), url: planURL + "#" + RoadmapAnchor.item(row.id), context: where_)
        }
    }

    /// A report is found by its title, summary and the author's narrative.
    func reportEntries(from path: String) -> [SearchEntry] {
        content.reports.map { report in
            let narrative = report.blocks.compactMap { block -> String? in
                if case .markdown(let text, _) = block { PlainText.of(html: markdown.html(text)) } else { nil }
            }
            return SearchEntry(
                kind: PageKind.report.searchGroup!, title: report.title, text: ([report.summary, "отчёт \(report.year)"].compactMap { $0 } + narrative).joined(separator: " "),
                url: link(from: path, to: SitePath.report(report)), context: content.entity(report.entityID).map(displayName))
        }
    }
}
