import KartaRender

/// A page's or report's diff: its blocks in reading order, changed ones marked, unchanged runs folded.
struct DiffProseView: Sendable, Encodable {
    struct BlockView: Sendable, Encodable {
        var anchor: String
        var className: String
        var action: [DiffTableView.RowActionView]
        /// Rendered block (safe HTML) for an unchanged block.
        var html: String
        var changes: [BlockChangeView]
    }

    struct BlockChangeView: Sendable, Encodable {
        var isWholeInserted: Bool
        var isWholeDeleted: Bool
        var wholeHTML: String
        var textChanges: [TextChangeView]
        /// Same words, other formatting: the old rendering, for comparison.
        var formattingOnly: [FormattingView]
    }

    struct FormattingView: Sendable, Encodable {
        var oldHTML: String
    }

    /// A pipe table of the page, row by row, like a table document.
    struct TableView: Sendable, Encodable {
        var rows: [DiffTableView.RowView]
        var columnCount: Int
    }

    struct FoldView: Sendable, Encodable {
        var label: String
        var blocks: [BlockView]
    }

    struct LineView: Sendable, Encodable {
        var blocks: [BlockView]
        var tables: [TableView]
        var ghosts: [DiffTableView.GhostView]
        var folds: [FoldView]
    }

    var chrome: ChromeView
    var header: DiffHeaderView
    var filters: [DiffFiltersView]
    var execution: [DiffExecutionView]
    var lines: [LineView]
    var hasLines: Bool
    var hidden: [DiffHiddenView]
}

/// The summary page: every document with its counts.
struct DiffIndexView: Sendable, Encodable {
    struct DocumentView: Sendable, Encodable {
        var title: String
        var kindLabel: String
        var url: String
        var hasURL: Bool
        var actionLabel: String
        var hasActionLabel: Bool
        var added: String
        var removed: String
        var changed: String
        var moved: String
        var metadata: String
        var hidden: String
        var hasHidden: Bool
    }

    var chrome: ChromeView
    var oldVersion: String
    var newVersion: String
    var summary: String
    /// Nothing differs at all: «Версии совпадают».
    var isEmpty: Bool
    /// Only edits hidden as typography differ: listed, but nothing to review.
    var onlyHidden: Bool
    var documents: [DocumentView]
    var hasDocuments: Bool
    var unchanged: [DocumentView]
    var hasUnchanged: Bool
    var unchangedSummary: String
    var warnings: [DiffHeaderView.WarningView]
    var hasWarnings: Bool
    var jsonURL: String
    var markdownURL: String
}
