/// A page or report whose file both versions have with the same bytes: named as the full comparison names
/// it, without splitting it into blocks.
extension ProseDiff {
    init(unchanged kind: DocumentKind, id: String, entityID: String?, title: String) {
        self.init(
            kind: kind, id: id, entityID: entityID, title: title, action: .unchanged, metadata: [], rows: [], execution: [], hidden: [],
            counts: ChangeCounts())
    }
}
