/// Bounds on what reading a `.docx`/`.odt` container may cost. A few kilobytes can expand to
/// gigabytes (a zip bomb), so every part is extracted in chunks and abandoned as soon as it passes
/// a bound, whatever size its header claims.
struct ArchiveLimits: Sendable {
    /// The container itself: Word files with pictures are bigger than text exports.
    var maxArchiveBytes = 50 * 1024 * 1024
    /// One XML part expanded (the document body of a 1,000-activity roadmap is a few MB).
    var maxPartBytes = 64 * 1024 * 1024
    /// Expanded size over compressed size, checked once a part passes `ratioCheckedFrom`: XML
    /// compresses about 10:1, a bomb 1,000:1 and more.
    var maxRatio = 200
    var ratioCheckedFrom = 1024 * 1024
    /// The text of one table cell; a roadmap's longest cells are a few KB.
    var maxCellBytes = 1024 * 1024
    /// Rows of all tables together; the longest roadmaps in use have a few hundred.
    var maxRows = 20_000

    static let standard = ArchiveLimits()
}
