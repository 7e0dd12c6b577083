import KartaModel

/// Territorial glossaries on pages: which glossary a text is typeset with, and where an entry stands on the
/// glossary page.
extension ViewBuilder {
    /// Marks `html`, printed by a document of `entityID`, for the typographer to expand its abbreviations
    /// through that territory's glossary, whatever page it is shown on (a year page gathers rows of every
    /// territory). The marks are comments that `Typographer` reads and removes; a site with only the root
    /// glossary gets none.
    func territoryMarked(_ html: String, _ entityID: String?) -> String {
        guard content.glossaries.isTerritorial else { return html }
        return Typographer.mark(html, territory: content.glossaries.owner(of: entityID))
    }

    /// The anchor of an entry on the glossary page: a territory's own entries stand in its section, after
    /// the root glossary's, with its folder name before the abbreviation.
    func termAnchor(_ entry: GlossaryEntry) -> String {
        guard let owner = content.glossaries.definer(of: entry) else { return SitePath.termAnchor(entry.abbreviation) }
        return SitePath.termAnchor(owner.replacingSlashes + "-" + entry.abbreviation)
    }
}

extension String {
    /// An entity id as one word of an anchor: `oblast/gorod` → `oblast-gorod`.
    var replacingSlashes: String { split(separator: "/").joined(separator: "-") }
}
