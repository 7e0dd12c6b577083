import KartaModel

/// The content files that have errors of their own, and where each file other documents name lives.
///
/// A name that points into such a file is not checked: the file's own error is the cause, and a second
/// error at the name («'msoko-2025' is not a roadmap of …», listed first) would send the author to the
/// wrong file. The validator leaves one `follow-on` note per document instead.
struct BrokenFiles {
    /// Display paths of the files with at least one error.
    var files: Set<String> = []
    /// `ENTITY/ID` of roadmap files → display path.
    var roadmaps: [String: String] = [:]
    /// `ENTITY/ID` of expected-results files → display path.
    var expectedResults: [String: String] = [:]
    /// Entity id → display path of its `entity.yaml`.
    var entities: [String: String] = [:]
    /// Entity id → display path of its indicator file.
    var indicators: [String: String] = [:]
    var directions = ""

    init() {}

    init(tree: ContentTree, diagnostics: Diagnostics, display: (String) -> String) {
        files = Set(diagnostics.errors.map(\.location.file))
        for document in tree.documents {
            let key = document.entityID + "/" + document.id
            switch document.kind {
            case .roadmap: roadmaps[key] = display(document.path)
            case .expectedResults: expectedResults[key] = display(document.path)
            case .plan: continue
            }
        }
        for folder in tree.entityFolders { entities[folder.id] = display(folder.path + "/entity.yaml") }
        for file in tree.indicatorFiles { indicators[file.entityID] = display(file.path) }
        directions = display("directions.yaml")
    }

    func roadmap(_ id: String, of entityID: String) -> String? { withErrors(roadmaps[entityID + "/" + id]) }
    func expectedResults(_ id: String, of entityID: String) -> String? { withErrors(expectedResults[entityID + "/" + id]) }
    func entity(_ id: String) -> String? { withErrors(entities[id]) }
    func indicators(of entityID: String) -> String? { withErrors(indicators[entityID]) }
    var directionsFile: String? { withErrors(directions) }

    /// The first of an entity's roadmaps with errors (the named ones, else all): a section drawing on it
    /// may come out empty because of them.
    func roadmap(among ids: [String], of entityID: String) -> (id: String, file: String)? {
        first(among: ids, of: entityID, in: roadmaps)
    }

    func expectedResults(among ids: [String], of entityID: String) -> (id: String, file: String)? {
        first(among: ids, of: entityID, in: expectedResults)
    }

    private func first(among ids: [String], of entityID: String, in files: [String: String]) -> (id: String, file: String)? {
        // Nearly always nothing is broken; the scan of every file's key below is for when something is.
        guard !self.files.isEmpty else { return nil }
        let prefix = entityID + "/"
        let candidates = ids.isEmpty
            ? files.keys.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") }.map { String($0.dropFirst(prefix.count)) }
            : ids
        return candidates.sorted().lazy.compactMap { id in withErrors(files[prefix + id]).map { (id, $0) } }.first
    }

    private func withErrors(_ file: String?) -> String? {
        file.flatMap { files.contains($0) ? $0 : nil }
    }

    /// The note left where a name into a broken file was not checked; `what` is the name as shown, quoted.
    static func note(_ what: String, in file: String, at location: SourceLocation) -> Diagnostic {
        .warning(.followOn, "\(what) is not checked because \(file) has errors", at: location)
    }

    /// The diagnostics with at most one follow-on note per file, the first: one says enough.
    static func oneNotePerFile(_ diagnostics: Diagnostics) -> Diagnostics {
        var noted: Set<String> = []
        return Diagnostics(diagnostics.all.filter { $0.code != DiagnosticCode.followOn.rawValue || noted.insert($0.location.file).inserted })
    }
}
