/// Every kind of page the site has, in one list (as Hugo's `page_kinds.go`): the template that lays
/// it out, where its pages live, what search calls the pages it lists, and the `data-kind` its
/// template writes on `<body>` (which the web checks sort pages by).
///
/// `TemplateSet.load` reads the required templates from here and checks every page template's
/// `{{$kind}}` block against it; a build checks the template of every kind it has pages of before it
/// renders anything, so a missing or misnamed template is an error, never an empty page.
public enum PageKind: String, CaseIterable, Sendable {
    case home, glossary, entity, roadmap, plan, expectedResults, level
    case yearIndex, year, entityYear, directionIndex, direction
    case responsibleIndex, responsible, report, reportIndex, page, search, notFound
    /// Karta's own reading of the documents, apart from them: the list, an entity's, a direction's.
    case analysisIndex, analysis, directionAnalysis

    /// The template's name in the templates folder, without `.mustache`.
    public var template: String {
        switch self {
        case .expectedResults: "expected-results"
        case .yearIndex: "years"
        case .year, .entityYear: "year"
        case .directionIndex: "directions"
        case .responsibleIndex: "responsible-index"
        case .reportIndex: "report-index"
        case .notFound: "not-found"
        case .analysisIndex, .directionAnalysis: "analysis"
        default: rawValue
        }
    }

    /// What the template names in `{{$kind}}…{{/kind}}`, written as `<body data-kind>`; a list
    /// page shares the kind of the pages it lists.
    public var dataKind: String {
        switch self {
        case .expectedResults: "expected-results"
        case .yearIndex, .entityYear: "year"
        case .directionIndex: "direction"
        case .responsibleIndex: "responsible"
        case .reportIndex: "report"
        case .notFound: "404"
        case .analysisIndex, .directionAnalysis: "analysis"
        default: rawValue
        }
    }

    /// Where pages of this kind live (`SitePath` makes each address), for people and the docs.
    public var path: String {
        switch self {
        case .home: SitePath.home
        case .glossary: SitePath.glossary
        case .entity: "ENTITY/"
        case .roadmap: "ENTITY/roadmaps/ID/"
        case .plan: "ENTITY/plans/ID/"
        case .expectedResults: "ENTITY/expected-results/ID/"
        case .level: "levels/LEVEL/"
        case .yearIndex: SitePath.yearIndex
        case .year: "YEAR/"
        case .entityYear: "YEAR/ENTITY/"
        case .directionIndex: SitePath.directionIndex
        case .direction: "directions/ID/"
        case .responsibleIndex: SitePath.responsibleIndex
        case .responsible: "responsible/SLUG/"
        case .report: "ENTITY/reports/YEAR/"
        case .reportIndex: "ENTITY/reports/"
        case .page: "ID/"
        case .search: SitePath.search
        case .notFound: SitePath.notFound
        case .analysisIndex: SitePath.analysisIndex
        case .analysis: "ENTITY/analysis/"
        case .directionAnalysis: "directions/ID/analysis/"
        }
    }

    /// The `kind` of the search entries (`search/index.json`, the search page) that link pages of
    /// this kind; nil for pages search does not list.
    public var searchGroup: String? {
        switch self {
        case .roadmap, .plan, .expectedResults: "document"
        case .page: "page"
        case .report: "report"
        case .entity: "entity"
        default: nil
        }
    }

    /// Whether every site needs the template, even one with no page of this kind. The others are
    /// needed only once the content makes a page of their kind (years and directions need activities).
    public var isTemplateRequired: Bool {
        switch self {
        case .yearIndex, .year, .entityYear, .directionIndex, .direction, .analysisIndex, .analysis, .directionAnalysis: false
        default: true
        }
    }
}
