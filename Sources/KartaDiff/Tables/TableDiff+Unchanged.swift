/// A document whose files both versions have with the same bytes: named as the full comparison names it,
/// without comparing it row by row.
extension TableDiff {
    init(unchanged old: TableDocument, _ new: TableDocument) {
        self.init(
            kind: new.kind, id: new.id, entityID: new.entityID ?? old.entityID, title: new.title.isEmpty ? old.title : new.title,
            action: .unchanged, metadata: [], columns: new.columns, addedColumns: [], removedColumns: [], columnChanges: [], sections: [],
            warnings: [], hidden: [], counts: ChangeCounts())
    }
}
