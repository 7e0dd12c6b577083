/// A word diff laid out for the templates (`diff/text`, `diff/segments`).
///
/// Optional parts are arrays of zero or one element: Mustache looks a missing field up in the
/// enclosing view, so nothing a template tests is ever nil.
struct TextChangeView: Sendable, Encodable {
    struct SegmentView: Sendable, Encodable {
        var text: String
        var isEqual: Bool
        var isDeleted: Bool
        var isInserted: Bool
        /// An inserted run right after a deleted one: a space goes between them, so that read as text or
        /// aloud the two words stay apart («Включение Вовлечение», never «ВключениеВовлечение»).
        var isSeparated: Bool = false
    }

    /// One side of a side-by-side view.
    struct SideView: Sendable, Encodable {
        var segments: [SegmentView]
    }

    var segments: [SegmentView]
    var isRewrite: Bool
    var oldText: String
    var newText: String
    var hasOldText: Bool
    var hasNewText: Bool
    var deltas: [String]
    var hasDeltas: Bool
    /// Long texts also get an old | new view.
    var sideBySide: [SideBySideView]

    struct SideBySideView: Sendable, Encodable {
        var oldSide: SideView
        var newSide: SideView
    }
}
