import KartaModel

/// What a page is made from, so that an incremental build renders again only the pages a change reaches.
///
/// A page is rendered again when one of the scopes a change touched is its own; `.site` pages (home,
/// indexes, glossary, levels, search) are rendered on every change, they gather from everywhere.
public enum PageScope: Hashable, Sendable {
    case site
    /// Pages made of the catalogues alone (glossary, 404): rendered only when everything is.
    case catalogue
    /// The level pages, made of the per-level plans.
    case plans
    /// A roadmap, plan, expected-results table or page: its source file as the loader names it.
    case document(String)
    /// An entity's own pages: its page, its year pages, its reports and their index.
    case entity(String)
    case year(Int)
    case direction(String)
    /// A responsible body's page.
    case body(BodyIdentity)
}

/// Which pages a build renders: all of them, those of the touched scopes (and every `.site` page),
/// or the pages whose files are named (those that print the wording an edit changed).
public enum PageSelection: Sendable {
    case all
    case touched(Set<PageScope>)
    case files(Set<String>)

    /// `file`: the page's file in the output (`SitePath.file(for:)`).
    func includes(_ scope: PageScope, file: String) -> Bool {
        switch self {
        case .all: true
        case .touched(let scopes): scope == .site || scopes.contains(scope)
        case .files(let files): files.contains(file)
        }
    }
}
