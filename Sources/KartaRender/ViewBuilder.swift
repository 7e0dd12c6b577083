import KartaMarkdown
import KartaModel

/// Turns the content model into the view models the templates read.
///
/// All decisions about what a page shows are made here, in Swift; the templates only lay it out.
/// Every link it produces is relative to the page being built (`from`).
public struct ViewBuilder: Sendable {
    public internal(set) var content: SiteContent
    public let markdown: MarkdownRenderer
    /// Report pages link their PDF, which `karta build --pdf` writes beside them.
    public var linksReportPDFs = false
    /// Every activity of roadmaps and plans, read once for the year, direction and responsible pages.
    public internal(set) var activities: ActivityIndex
    /// The same activities by entity, year, direction and body.
    public internal(set) var lookup: ActivityLookup
    /// Each responsible body's identity and level through its territory's glossary, made once per build
    /// (exports read it too).
    public let bodies: BodyIdentities
    /// The bodies named as responsible, one page each, found from the lookup's naming.
    public let responsibleBodies: ResponsibleBodies
    /// Every cycle subject's coverage, grouped once for all pages.
    let cycles: CycleGroups
    /// The activities that concern each entity, and how many in each year, gathered once for all pages.
    var entityActivities: EntityActivities
    /// Where the page being built notes the roadmaps whose wording it prints (`recordingWording`).
    var wordingSources: WordingSources?
    /// The items of ancestors' roadmaps that name what an entity answers as, found once per roadmap and names.
    let partyMatches = RoadmapPartyMatches()
    /// Each document's search entries by search path and file, when the search page lists them as well
    /// as its shard (`searchPageListsActivities`, a site within list_limit); else never filled.
    var searchEntries = SharedMemo<TextKey, [SearchEntry]>()
    /// Whether the analysis pages are built and linked: `analysis: public`, or any site in the preview.
    public let showsAnalysis: Bool

    /// `preview`: built for `karta serve`, where the analysis pages are shown even when `site.yaml`
    /// hides them from the published site.
    public init(content: SiteContent, preview: Bool = false) {
        self.content = content
        self.showsAnalysis = preview || content.config.analysis == .public
        self.markdown = MarkdownRenderer(allowRawHTML: content.config.allowRawHTML)
        let bodies = BodyIdentities(content: content)
        self.bodies = bodies
        self.activities = ActivityIndex(content: content, bodies: bodies)
        self.lookup = ActivityLookup(activities, bodies: bodies)
        self.responsibleBodies = ResponsibleBodies(lookup: lookup, identities: bodies)
        self.cycles = CycleGroups(activities.activities)
        self.entityActivities = EntityActivities(content: content, lookup: lookup, bodies: bodies)
    }

    func link(from: String, to: String) -> String { SitePath.relative(from: from, to: to) }

    /// `summary` describes the page for search engines and link previews; without one, the page's
    /// title and the site's description are used.
    func chrome(from path: String, title: String, breadcrumbs: [(String, String)], summary: String? = nil) -> ChromeView {
        let about = content.pages.first { $0.kind == .about && $0.entityID == nil }
        var nav: [(String, String)] = [("Главная", SitePath.home)]
        if !activities.years.isEmpty { nav.append(("Годы", SitePath.yearIndex)) }
        if !content.roadmaps.isEmpty || !content.plans.isEmpty { nav.append(("Направления", SitePath.directionIndex)) }
        if !content.roadmaps.isEmpty { nav.append(("Ответственные", SitePath.responsibleIndex)) }
        if hasAnalysis { nav.append(("Анализ", SitePath.analysisIndex)) }
        nav.append(("Глоссарий", SitePath.glossary))
        if let about { nav.append((about.title, SitePath.page(about))) }
        return ChromeView(
            pageTitle: title,
            siteTitle: content.config.title,
            description: pageDescription(title: title, summary: summary),
            canonicalURL: SitePath.absolute(path, base: content.config.baseURL),
            baseHref: nil,
            stylesheet: link(from: path, to: SitePath.stylesheet),
            accessibilityScript: link(from: path, to: SitePath.accessibilityScript),
            searchURL: link(from: path, to: SitePath.search),
            homeURL: link(from: path, to: SitePath.home),
            nav: nav.map { ChromeView.Link(label: $0.0, url: link(from: path, to: $0.1), isCurrent: $0.1 == path) },
            breadcrumbs: breadcrumbs.map { ChromeView.Link(label: $0.0, url: link(from: path, to: $0.1), isCurrent: false) },
            owner: content.config.owner.map { ownerView($0, from: path) },
            credit: content.config.showsCredit)
    }

    func ownerView(_ owner: SiteOwner, from path: String) -> OwnerView {
        OwnerView(
            name: owner.name, shortName: owner.shortName, emblemURL: owner.emblem.map { link(from: path, to: SitePath.emblem($0)) },
            address: owner.address, phone: owner.phone, phoneURL: owner.phone.flatMap(Self.telephoneURL),
            email: owner.email, emailURL: owner.email.map { "mailto:" + $0 }, hours: owner.hours, website: owner.website, legalBasis: owner.legalBasis)
    }

    /// `tel:+74752000000` from «+7 (4752) 00-00-00»; a Russian number written from 8 gets +7. Nil when
    /// the text holds no digits to dial (several numbers, or words).
    static func telephoneURL(_ phone: String) -> String? {
        let digits = phone.unicodeScalars.filter { ("0"..."9").contains($0) }.map(String.init).joined()
        guard (5...15).contains(digits.count), !phone.contains(",") && !phone.contains(";") else { return nil }
        if phone.trimmingCharacters(in: .whitespaces).hasPrefix("+") { return "tel:+" + digits }
        if digits.count == 11, digits.hasPrefix("8") { return "tel:+7" + digits.dropFirst() }
        return "tel:" + digits
    }

    /// Home › region › municipality … for a page that belongs to `entityID`.
    func entityTrail(_ entityID: String?) -> [(String, String)] {
        let chain = entityID.map { content.ancestry(of: $0) } ?? []
        return [("Главная", SitePath.home)] + chain.map { (displayName($0), SitePath.entity($0.id)) }
    }

    func displayName(_ entity: Entity) -> String { entity.shortName ?? entity.name }

    /// Parties as a document of `entityID` prints them, expanded through its territory's glossary.
    func parties(_ names: [String], in entityID: String?, from path: String) -> [PartyView] {
        let glossary = content.glossary(for: entityID)
        return names.enumerated().map { index, name in
            let entry = glossary.entry(for: name)
            return PartyView(
                text: name, full: entry?.full, isAbbreviation: entry != nil,
                glossaryURL: entry.map { link(from: path, to: SitePath.glossary) + "#" + termAnchor($0) },
                separator: index < names.count - 1 ? ", " : "")
        }
    }

    func approvalView(_ approval: Approval?) -> RoadmapView.ApprovalView? {
        guard let approval else { return nil }
        var text = approval.text ?? ""
        if text.isEmpty {
            text = [approval.kind, approval.body].compactMap { $0 }.joined(separator: " ")
            if let date = approval.date { text += " от \(RussianFormat.date(date))" }
            if let number = approval.number { text += " № \(number)" }
        }
        return RoadmapView.ApprovalView(heading: approval.heading, text: text, date: approval.date.map(dateView))
    }

    func directionTitle(_ id: String) -> String {
        content.direction(id)?.title ?? id
    }

    func roadmapLink(_ roadmap: Roadmap, from path: String) -> LinkView {
        LinkView(label: roadmap.title, url: link(from: path, to: SitePath.roadmap(roadmap)), note: RussianFormat.activities(roadmap.itemCount))
    }

    func planLink(_ plan: LevelPlan, from path: String) -> LinkView {
        LinkView(label: plan.title, url: link(from: path, to: SitePath.plan(plan)), note: plan.period.map(RussianFormat.period))
    }

    func pageLink(_ page: Page, from path: String) -> LinkView {
        LinkView(label: page.title, url: link(from: path, to: SitePath.page(page)), note: RussianFormat.pageKind(page.kind))
    }
}
