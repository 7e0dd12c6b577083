import KartaRender

/// A table document's diff page: the published table with an action column, changed cells marked.
struct DiffTableView: Sendable, Encodable {
    struct ActionView: Sendable, Encodable {
        var glyph: String
        var label: String
        var kind: String
    }

    /// A line under the action label: where a row moved from, an id that changed.
    struct NoteView: Sendable, Encodable {
        var text: String
        var url: String
        var hasURL: Bool
        /// The whole of what `text` shortens (a section's full title), shown on hover.
        var title: String = ""
        var hasTitle: Bool = false
    }

    struct ChipView: Sendable, Encodable {
        var text: String
        var isKept: Bool
        var isAdded: Bool
        var isRemoved: Bool
    }

    struct DeadlineChangeView: Sendable, Encodable {
        var oldText: String
        var newText: String
        var hasOldText: Bool
        var hasNewText: Bool
        var shift: String
        var hasShift: Bool
    }

    struct ChoiceChangeView: Sendable, Encodable {
        var oldText: String
        var newText: String
        var hasOldText: Bool
        var hasNewText: Bool
    }

    /// One cell. An unchanged cell is its rendered content alone: most cells of a report are unchanged,
    /// and every field a template looks up costs a reflection, so what changes lives in `changes`.
    struct CellView: Sendable, Encodable {
        var className: String
        var isRowHeader: Bool
        /// Unchanged content: safe HTML (rendered Markdown) and/or plain text the template escapes.
        var html: String
        var text: String
        var changes: [CellChangeView]
    }

    struct CellChangeView: Sendable, Encodable {
        /// The whole row was added or removed: its content is wrapped in `<ins>` / `<del>`.
        var isWholeInserted: Bool
        var isWholeDeleted: Bool
        var wholeHTML: String
        var wholeText: String
        var textChanges: [TextChangeView]
        var deadlineChanges: [DeadlineChangeView]
        var chips: [ChipView]
        var hasChips: Bool
        var choiceChanges: [ChoiceChangeView]
        /// «было 1.4» beside a row number that changed.
        var oldNumber: String
        var hasOldNumber: Bool

        static let empty = CellChangeView(
            isWholeInserted: false, isWholeDeleted: false, wholeHTML: "", wholeText: "", textChanges: [], deadlineChanges: [], chips: [],
            hasChips: false, choiceChanges: [], oldNumber: "", hasOldNumber: false)
    }

    /// The action cell of a changed row; an unchanged row has none.
    struct RowActionView: Sendable, Encodable {
        var changeAnchor: String
        var hasChangeAnchor: Bool
        var actions: [ActionView]
        var notes: [NoteView]
        /// Further ids this row answers to (the old id of a row whose id changed).
        var aliases: [String]
        var previousChange: String
        var hasPreviousChange: Bool
        var nextChange: String
        var hasNextChange: Bool
    }

    struct RowView: Sendable, Encodable {
        var anchor: String
        var className: String
        var action: [RowActionView]
        var cells: [CellView]
    }

    /// Where a moved row used to be.
    struct GhostView: Sendable, Encodable {
        var anchor: String
        var className: String
        var text: String
        var target: String
    }

    /// A run of unchanged rows behind «… N без изменений».
    struct FoldView: Sendable, Encodable {
        var label: String
        var rows: [RowView]
    }

    struct LineView: Sendable, Encodable {
        var rows: [RowView]
        var ghosts: [GhostView]
        var folds: [FoldView]
    }

    struct SectionView: Sendable, Encodable {
        var anchor: String
        /// `diff-section sec-N`: the section filter's rule matches N.
        var className: String
        var title: String
        var titleChanges: [TextChangeView]
        var badge: String
        var hasBadge: Bool
        var lines: [LineView]
    }

    struct ColumnView: Sendable, Encodable {
        var title: String
        var key: String
        var note: String
        var hasNote: Bool
    }

    var chrome: ChromeView
    var header: DiffHeaderView
    var filters: [DiffFiltersView]
    var toc: [DiffTocEntryView]
    var hasToc: Bool
    var columns: [ColumnView]
    var columnCount: Int
    var hasSections: Bool
    var sections: [SectionView]
    var hidden: [DiffHiddenView]
}

/// What every diff page shows on top: kind, title, the two versions, the counts, warnings, the banner.
struct DiffHeaderView: Sendable, Encodable {
    struct WarningView: Sendable, Encodable {
        var text: String
        var url: String
    }

    struct BannerItemView: Sendable, Encodable {
        var label: String
        var text: String
        var textChanges: [TextChangeView]
    }

    var kindLabel: String
    var title: String
    var actionLabel: String
    var hasActionLabel: Bool
    var oldVersion: String
    var newVersion: String
    var summary: String
    var warnings: [WarningView]
    var hasWarnings: Bool
    var banner: [BannerItemView]
    var hasBanner: Bool
    var indexURL: String
}

/// The radio buttons that filter rows without JavaScript (CSS `:has()` in `karta.css`).
struct DiffFiltersView: Sendable, Encodable {
    struct OptionView: Sendable, Encodable {
        /// The marker the filter's link targets: `only-added`, `only-level-school`, `only-section-2`; the
        /// «all» option links back to the filters and hides nothing.
        var target: String
        var label: String
        var isAll: Bool
    }

    struct GroupView: Sendable, Encodable {
        /// `show`, `field`, `level`, `section`.
        var key: String
        var legend: String
        var options: [OptionView]
    }

    var groups: [GroupView]
}

struct DiffTocEntryView: Sendable, Encodable {
    var title: String
    var anchor: String
    var count: String
}

/// The hidden edits of typography and format, listed behind a `<details>`.
struct DiffHiddenView: Sendable, Encodable {
    struct ItemView: Sendable, Encodable {
        var place: String
        var field: String
        var kind: String
        var oldText: String
        var newText: String
        var url: String
    }

    var summary: String
    var items: [ItemView]
}
