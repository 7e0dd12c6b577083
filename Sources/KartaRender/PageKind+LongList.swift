extension PageKind {
    /// The pages that gather activities from many documents (a year, a direction, a responsible body, search):
    /// they give an abbreviation's expansion at its first use only (`AbbreviationTitles`), which keeps them
    /// under 250 KB on the bundled site.
    public var isLongList: Bool {
        switch self {
        case .year, .entityYear, .direction, .responsible, .search: true
        default: false
        }
    }
}
