/// Who sees the analysis pages (`analysis:` in `site.yaml`): Karta's own reading of the documents
/// (management-cycle coverage, each activity's stage and level), kept apart from what was approved.
public enum AnalysisVisibility: String, CaseIterable, Sendable {
    /// Published with the site, linked from its navigation.
    case `public`
    /// Built only for the preview (`karta serve`), for editors and reviewers; `karta build` leaves
    /// the pages and every link to them out.
    case hidden
}
