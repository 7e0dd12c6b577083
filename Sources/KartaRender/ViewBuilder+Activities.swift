import KartaModel

/// What the year, direction and responsible pages share: an activity as a row, its deadline, and whose it is.
extension ViewBuilder {
    /// `year` (on year pages) adds the months of that year the activity falls due in.
    /// `level`: the level to show instead of the activity's (a body's page shows the body's own).
    func activityRow(_ activity: Activity, year: Int? = nil, level: Level? = nil, from path: String) -> ActivityRowView {
        let owner = content.entity(activity.entityID)
        printsWording(of: activity.location.file)
        return ActivityRowView(
            label: activity.number ?? "—",
            number: activity.number,
            url: link(from: path, to: SitePath.document(of: activity)) + "#" + RoadmapAnchor.item(activity.rowID),
            textHTML: territoryMarked(markdown.cellHTML(activity.text), activity.entityID),
            deadline: activity.deadlineText.map { DeadlineView(text: $0, datetime: activity.deadline.flatMap(Self.datetime)) },
            months: year.map { RussianFormat.months(activity.months(in: $0)) },
            stage: activity.stage.stage.title,
            level: Self.levelShortName(level ?? activity.level),
            levelNote: level.map { _ in RussianFormat.levelSource(.responsible) } ?? RussianFormat.levelSource(activity.levelSource),
            // People come after the bodies, as on the roadmap's row; they have no page of their own.
            parties: parties(activity.source == .roadmap ? activity.responsible + activity.persons : activity.parties, in: activity.entityID, from: path),
            entity: LinkView(label: owner.map(displayName) ?? activity.entityID, url: link(from: path, to: SitePath.entity(activity.entityID))),
            document: documentLabel(activity),
            direction: LinkView(label: directionShortTitle(activity.directionID), url: link(from: path, to: SitePath.direction(activity.directionID))))
    }

    /// «дорожная карта, 2019–2021 гг.»
    func documentLabel(_ activity: Activity) -> String {
        let kind = RussianFormat.documentKind(activity.source)
        return activity.period.map { "\(kind), \(RussianFormat.period($0))" } ?? kind
    }

    func directionShortTitle(_ id: String) -> String {
        content.direction(id).map { $0.shortTitle ?? $0.title } ?? id
    }

    /// The `datetime` of a deadline that names one day, one month or one year as printed; nil for anything
    /// vaguer, and for a year taken from the plan rather than printed.
    static func datetime(_ deadline: Deadline) -> String? {
        guard !deadline.isYearInferred else { return nil }
        switch deadline.kind {
        case .date(let point, _), .by(let point, _), .from(let point, _):
            return point.date?.description
        case .month(let month, let year?):
            return "\(year)-\(month < 10 ? "0" : "")\(month)"
        case .year(let year):
            return String(year)
        default:
            return nil
        }
    }

    func dateView(_ date: CalendarDate) -> DateView {
        DateView(text: RussianFormat.date(date), iso: date.description)
    }

    /// The activities that concern an entity: those of its own roadmaps and plans, and those of its and its
    /// ancestors' roadmaps that name it as responsible (`responsible_as`).
    func activities(of entity: Entity) -> [Activity] {
        entityActivities.of(entity.id) ?? EntityActivities.gather(entity, content: content, lookup: lookup, bodies: bodies)
    }

    /// Each entity owning some of `activities`, in id order, with their number and a link to its year page
    /// (its page, for activities without a year).
    func entityCounts(_ activities: [Activity], year: Int?, from path: String) -> [LinkView] {
        let byOwner = Dictionary(grouping: activities, by: \.entityID)
        return byOwner.keys.sorted().map { owner in
            let target = year.map { SitePath.entityYear(owner, $0) } ?? SitePath.entity(owner)
            return LinkView(
                label: content.entity(owner).map { $0.name } ?? owner, url: link(from: path, to: target),
                note: RussianFormat.activities(byOwner[owner]?.count ?? 0))
        }
    }
}
