import KartaDiff
import KartaMarkdown
import KartaModel
import KartaRender

/// Turns a content diff into the view models of the diff pages. Every link is relative to the page.
struct DiffViewBuilder: Sendable {
    let diff: ContentDiff
    let paths: DiffPaths
    /// Cells and blocks shown as published; raw HTML is never let through in a review.
    let markdown = MarkdownRenderer(allowRawHTML: false)
    static let siteTitle = "Сравнение версий"
    /// Texts from this length also get an old | new view.
    static let sideBySideLength = 280

    func link(from: String, to: String) -> String { SitePath.relative(from: from, to: to) }

    func chrome(from path: String, title: String) -> ChromeView {
        ChromeView.standalone(
            pageTitle: title, siteTitle: Self.siteTitle,
            description: "Изменения между версиями: \(DiffWording.version(diff.old)) → \(DiffWording.version(diff.new))",
            stylesheet: link(from: path, to: SitePath.stylesheet), accessibilityScript: link(from: path, to: SitePath.accessibilityScript),
            homeURL: link(from: path, to: DiffPaths.index),
            nav: [.to("Сводка изменений", url: link(from: path, to: DiffPaths.index), isCurrent: path == DiffPaths.index)],
            breadcrumbs: path == DiffPaths.index ? [] : [.to("Сводка изменений", url: link(from: path, to: DiffPaths.index))])
    }

    func header(_ document: ContentDiff.Document, path: String, warnings: [DiffWarning], banner: [DiffHeaderView.BannerItemView]) -> DiffHeaderView {
        let action = document.action
        let actionLabel = action == .added ? "Документ добавлен" : action == .removed ? "Документ удалён" : ""
        return DiffHeaderView(
            kindLabel: DiffWording.kind(document.kind), title: document.title.isEmpty ? document.id : document.title,
            actionLabel: actionLabel, hasActionLabel: !actionLabel.isEmpty,
            oldVersion: DiffWording.version(diff.old), newVersion: DiffWording.version(diff.new),
            summary: DiffWording.summary(document.counts, kind: document.kind),
            warnings: warnings.map { DiffHeaderView.WarningView(text: DiffWording.warning($0), url: "#" + $0.anchor) },
            hasWarnings: !warnings.isEmpty,
            banner: banner + document.metadata.map { change in
                DiffHeaderView.BannerItemView(label: DiffWording.metadata(change.key), text: "", textChanges: [textChange(change.diff)])
            },
            hasBanner: !banner.isEmpty || !document.metadata.isEmpty,
            indexURL: link(from: path, to: DiffPaths.index))
    }

    func textChange(_ diff: TextDiff) -> TextChangeView {
        let segments = diff.segments.map(Self.segment)
        let isLong = max(diff.old.count, diff.new.count) >= Self.sideBySideLength
        let sideBySide = isLong && !diff.isRewrite
            ? [TextChangeView.SideBySideView(
                oldSide: TextChangeView.SideView(segments: segments.filter { !$0.isInserted }),
                newSide: TextChangeView.SideView(segments: segments.filter { !$0.isDeleted }))]
            : []
        let deltas = diff.deltas.map(DiffWording.delta)
        return TextChangeView(
            segments: segments, isRewrite: diff.isRewrite, oldText: diff.old, newText: diff.new,
            hasOldText: !diff.old.isEmpty, hasNewText: !diff.new.isEmpty, deltas: deltas, hasDeltas: !deltas.isEmpty,
            sideBySide: sideBySide)
    }

    static func segment(_ segment: TextDiff.Segment) -> TextChangeView.SegmentView {
        switch segment {
        case .equal(let text): TextChangeView.SegmentView(text: text, isEqual: true, isDeleted: false, isInserted: false)
        case .deleted(let text): TextChangeView.SegmentView(text: text, isEqual: false, isDeleted: true, isInserted: false)
        case .inserted(let text): TextChangeView.SegmentView(text: text, isEqual: false, isDeleted: false, isInserted: true)
        }
    }

    func actions(_ action: DiffAction, moved: Bool) -> [DiffTableView.ActionView] {
        var result: [DiffTableView.ActionView] = []
        if action != .unchanged {
            let wording = DiffWording.action(action)
            result.append(DiffTableView.ActionView(glyph: wording.glyph, label: wording.label, kind: action.rawValue))
        }
        if moved { result.append(DiffTableView.ActionView(glyph: DiffWording.moved.glyph, label: DiffWording.moved.label, kind: "moved")) }
        return result
    }

    func hidden(_ edits: [HiddenEdit], columns: [TableColumn] = []) -> [DiffHiddenView] {
        guard !edits.isEmpty else { return [] }
        return [DiffHiddenView(
            summary: "Скрытые правки оформления: \(edits.count)",
            items: edits.map { edit in
                DiffHiddenView.ItemView(
                    place: DiffWording.hiddenPlace(edit), field: DiffWording.hiddenField(edit, columns: columns), kind: DiffWording.hiddenKind(edit.kind),
                    oldText: edit.old, newText: edit.new, url: edit.anchor == "metadata" ? "#diff-summary" : "#" + edit.anchor)
            })]
    }

    /// The change number's anchor and its neighbours' (changes are numbered 1…total in reading order).
    static func navigation(_ number: Int?, total: Int) -> (anchor: String, previous: String, next: String) {
        guard let number else { return ("", "", "") }
        return (
            Anchor.change(number), number > 1 ? Anchor.change(number - 1) : "",
            number < total ? Anchor.change(number + 1) : "")
    }

    /// Which lines stay visible: changed ones and one unchanged neighbour on each side; longer
    /// unchanged runs fold (a run of one is simply shown).
    static func visibility(_ touched: [Bool]) -> [Bool] {
        var visible = touched
        for index in touched.indices where touched[index] {
            if index > 0 { visible[index - 1] = true }
            if index + 1 < touched.count { visible[index + 1] = true }
        }
        for index in visible.indices where !visible[index] {
            let before = index > 0 && !visible[index - 1]
            let after = index + 1 < visible.count && !visible[index + 1]
            if !before && !after { visible[index] = true }
        }
        return visible
    }
}
