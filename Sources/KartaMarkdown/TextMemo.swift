import KartaModel

/// Results of a pure text-to-text function, by input, shared by the threads of one build.
///
/// The same text reaches many pages: an activity on its roadmap, its entity's, year, direction and
/// body pages; the header and footer on all of them. Its cell HTML (cmark) depends on the text alone,
/// so each distinct text is processed once per build instead of once per page that shows it.
public typealias TextMemo = SharedMemo<TextKey, String>
