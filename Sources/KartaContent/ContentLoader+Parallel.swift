import KartaModel

/// Files are read and parsed on every core: at region scale (5,088 files) one thread spent most of a load
/// waiting on work the other core could do. Each file's problems are collected apart and added in the order
/// of the list, so the output is the same as a load on one thread, whatever the timing.
extension ContentLoader {
    /// `startingWith`: positions of files likely to take longest, read first (`parallelMap(startingWith:)`).
    func loadEach<File: Sendable, Value: Sendable>(
        _ files: [File], startingWith first: [Int] = [], diagnostics: inout Diagnostics, _ load: @Sendable (File, inout Diagnostics) -> Value
    ) -> [Value] {
        let loaded = files.parallelMap(startingWith: first) { file in
            var found = Diagnostics()
            let value = load(file, &found)
            return (value, found)
        }
        for (_, found) in loaded { diagnostics.append(contentsOf: found) }
        return loaded.map(\.0)
    }

    /// One roadmap, plan or table of expected results; at most one of the three is set.
    struct LoadedDocument: Sendable {
        var roadmap: Roadmap?
        var plan: LevelPlan?
        var expectedResults: ExpectedResults?
    }

    func loadDocument(_ document: ContentTree.Document, memo: LoadMemo, diagnostics: inout Diagnostics) -> LoadedDocument {
        switch document.kind {
        case .roadmap:
            let roadmap = loadYAML(document.path, required: true, diagnostics: &diagnostics) {
                RoadmapLoader.roadmap($0, id: document.id, entityID: document.entityID, reader: $1, derivesStages: purpose == .publishing,
                    memo: memo)
            } ?? nil
            return LoadedDocument(roadmap: roadmap)
        case .plan:
            let plan = loadYAML(document.path, required: true, diagnostics: &diagnostics) {
                LevelPlanLoader.plan($0, id: document.id, entityID: document.entityID, reader: $1, derivesActivities: purpose == .publishing)
            } ?? nil
            return LoadedDocument(plan: plan)
        case .expectedResults:
            let table = loadYAML(document.path, required: true, diagnostics: &diagnostics) {
                ExpectedResultsLoader.table($0, id: document.id, entityID: document.entityID, reader: $1)
            } ?? nil
            return LoadedDocument(expectedResults: table)
        }
    }
}
