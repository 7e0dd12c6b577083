import KartaModel

/// What `karta check` tells the editors that is no problem of the site (severity `note`): a build does not
/// print these.
public enum EditorNotes {
    /// A glossary entry whose expansion is not confirmed (`uncertain: true`) is published as any other, with
    /// no mark on the public glossary page; the editors get a note where it is, to confirm it.
    public static func of(_ content: SiteContent) -> [Diagnostic] {
        let glossaries = [content.glossary] + content.glossaries.own.keys.sorted().compactMap { content.glossaries.own[$0] }
        return glossaries.flatMap(\.entries).filter(\.uncertain).map { entry in
            Diagnostic(
                .note, .glossaryUncertain,
                "the expansion of '\(entry.abbreviation)' is not confirmed (uncertain: true); it is published as written, without a mark: confirm it from an official source and remove 'uncertain'",
                at: entry.location)
        }
    }
}
