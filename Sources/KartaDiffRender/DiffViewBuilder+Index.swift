import KartaDiff

extension DiffViewBuilder {
    func index() -> DiffIndexView {
        let path = DiffPaths.index
        var changed: [DiffIndexView.DocumentView] = []
        var unchanged: [DiffIndexView.DocumentView] = []
        var warnings: [DiffHeaderView.WarningView] = []
        for (index, document) in diff.documents.enumerated() {
            let page = paths.pages[index]
            let counts = document.counts
            func number(_ value: Int) -> String { value == 0 ? "" : String(value) }
            let action = DiffWording.action(document.action)
            let actionLabel = document.action == .added || document.action == .removed
                ? "\(action.glyph) документ \(document.action == .added ? "добавлен" : "удалён")" : ""
            let view = DiffIndexView.DocumentView(
                title: document.title.isEmpty ? document.id : document.title, kindLabel: DiffWording.kind(document.kind),
                url: page.map { link(from: path, to: $0) } ?? "", hasURL: page != nil,
                actionLabel: actionLabel, hasActionLabel: !actionLabel.isEmpty,
                added: number(counts.added), removed: number(counts.removed), changed: number(counts.changed), moved: number(counts.moved),
                metadata: number(counts.metadata), hidden: number(counts.hidden), hasHidden: counts.hidden > 0)
            if document.isListed { changed.append(view) } else { unchanged.append(view) }
            if case .table(let table) = document, let page {
                warnings += table.warnings.map { DiffHeaderView.WarningView(text: "\(view.title): \(DiffWording.warning($0))", url: link(from: path, to: page) + "#" + $0.anchor) }
            }
        }
        return DiffIndexView(
            chrome: chrome(from: path, title: "Сводка изменений"),
            oldVersion: DiffWording.version(diff.old), newVersion: DiffWording.version(diff.new),
            summary: DiffWording.summary(diff.counts, kind: nil), isEmpty: diff.isIdentical, onlyHidden: !diff.hasChanges && !diff.isIdentical,
            documents: changed, hasDocuments: !changed.isEmpty, unchanged: unchanged, hasUnchanged: !unchanged.isEmpty,
            unchangedSummary: "Без изменений: \(unchanged.count)", warnings: warnings, hasWarnings: !warnings.isEmpty,
            jsonURL: link(from: path, to: DiffPaths.json), markdownURL: link(from: path, to: DiffPaths.markdown))
    }
}
