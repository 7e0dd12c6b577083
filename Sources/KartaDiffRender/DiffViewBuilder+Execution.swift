import KartaDiff
import KartaModel
import KartaRender
import KartaTemplates

extension DiffViewBuilder {
    /// The execution table of a report's page: activity (linked to its row on the roadmap's diff page,
    /// when the roadmap changed too), status old → new in the site's words, result word by word.
    func executionView(_ prose: ProseDiff, path: String, total: Int) -> [DiffExecutionView] {
        guard !prose.execution.isEmpty else { return [] }
        return [DiffExecutionView(rows: prose.execution.map { change in
            let entry = change.entry
            let place = HTMLEscaper.escape(ExecutionChange.place(entry))
            let activity = roadmapPage(entityID: prose.entityID, id: entry.roadmapID).map { page in
                "<a href=\"\(HTMLEscaper.escape(link(from: path, to: page)))#\(Anchor.item(entry.itemID))\">\(place)</a>"
            } ?? place
            var status = DiffTableView.CellChangeView.empty
            if change.statusChanged {
                let old = RussianFormat.status(change.oldStatus)
                let new = RussianFormat.status(change.newStatus)
                status.choiceChanges = [DiffTableView.ChoiceChangeView(oldText: old, newText: new, hasOldText: true, hasNewText: true)]
            }
            var result = DiffTableView.CellChangeView.empty
            if let diff = change.result { result.textChanges = [textChange(diff)] }
            let cells = [
                DiffTableView.CellView(
                    className: "col-text", isRowHeader: false,
                    html: activity + "<span class=\"diff-note\">\(HTMLEscaper.escape(entry.roadmapTitle))</span>", text: "", changes: []),
                DiffTableView.CellView(
                    className: "col-status" + (change.statusChanged ? " cell-changed" : ""), isRowHeader: false, html: "",
                    text: change.statusChanged ? "" : RussianFormat.status(change.newStatus), changes: change.statusChanged ? [status] : []),
                DiffTableView.CellView(
                    className: "col-result" + (change.result == nil ? "" : " cell-changed"), isRowHeader: false,
                    html: change.result == nil ? markdown.cellHTML(entry.result ?? "") : "", text: "", changes: change.result == nil ? [] : [result]),
            ]
            return DiffTableView.RowView(
                anchor: change.anchor, className: (["diff-row", "is-changed"] + change.categories.map { "has-\($0.rawValue)" }).joined(separator: " "),
                action: actionView(.changed, moved: false, notes: [], aliases: [], number: change.changeNumber, total: total), cells: cells)
        })]
    }

    /// The diff page of a roadmap of the entity, when it has one.
    func roadmapPage(entityID: String?, id: String) -> String? {
        diff.documents.indices.first { index in
            let document = diff.documents[index]
            return document.kind == .roadmap && document.entityID == entityID && document.id == id
        }.flatMap { paths.pages[$0] }
    }
}
