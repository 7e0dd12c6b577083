import KartaModel

/// Compares the execution records of two versions of a report by what the report publishes for
/// each activity (its status and result), not by the YAML they are written in.
///
/// An activity recorded in one version only is compared with what the roadmap says for it in the
/// other, so a record added that repeats the roadmap changes nothing a reader sees.
enum ExecutionComparison {
    /// `oldRoadmaps` and `newRoadmaps`: every activity of the entity's roadmaps with the roadmap's own
    /// status and result, by key; what a version without a record of the activity publishes.
    static func compare(
        old: [ExecutionEntry], new: [ExecutionEntry], oldRoadmaps: [String: ExecutionEntry], newRoadmaps: [String: ExecutionEntry]
    ) -> (changes: [ExecutionChange], hidden: [HiddenEdit]) {
        let oldByKey = Dictionary(old.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newByKey = Dictionary(new.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [ExecutionChange] = []
        var hidden: [HiddenEdit] = []
        for key in new.map(\.key) + old.map(\.key).filter({ newByKey[$0] == nil }) {
            guard let known = newByKey[key] ?? oldByKey[key] else { continue }
            let before = oldByKey[key] ?? oldRoadmaps[key] ?? known.withoutExecution
            let after = newByKey[key] ?? newRoadmaps[key] ?? known.withoutExecution
            let anchor = "execution-" + Anchor.clean(key.replacingOccurrences(of: "/", with: "-"))
            var result: TextDiff?
            switch TextDiffer.compare(before.result ?? "", after.result ?? "") {
            case .same: break
            case .typographic:
                // Front matter, like the document's own fields: there is no row to link when nothing else changed.
                hidden.append(HiddenEdit(
                    kind: .typography, place: ExecutionChange.place(after), field: "execution-result", old: before.result ?? "",
                    new: after.result ?? "", anchor: "metadata"))
            case .changed(let diff): result = diff
            }
            guard before.status != after.status || result != nil else { continue }
            changes.append(ExecutionChange(
                entry: after, oldStatus: before.status, newStatus: after.status, result: result, anchor: anchor, changeNumber: nil))
        }
        return (changes, hidden)
    }
}
