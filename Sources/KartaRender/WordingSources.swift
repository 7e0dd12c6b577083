/// The roadmaps whose wording (an item's text, indicator or result) one page prints, noted while its
/// view is built: the dependency record that lets an incremental build render again exactly the pages
/// an edit of wording reaches (`ViewBuilder.recordingWording`), as Hugo's pages record the identities
/// they read. Pages that only count or date activities do not note them.
///
/// One per page, filled by the one worker that builds it.
public final class WordingSources: @unchecked Sendable {
    /// Source files, as the loader names them.
    public private(set) var files: Set<String> = []
    /// Rows of one roadmap come in runs: the same file again costs a comparison, not a hash.
    private var last: String?

    public init() {}

    func note(_ file: String) {
        guard file != last else { return }
        last = file
        files.insert(file)
    }
}
