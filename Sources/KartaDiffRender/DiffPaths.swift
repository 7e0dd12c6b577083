import KartaDiff

/// Where each document's diff page lives in the output: the same place as on the site
/// (`<entity>/roadmaps/<id>/`), so a reviewer finds it where the published page is.
struct DiffPaths: Sendable {
    static let index = ""
    static let json = "data/diff.json"
    static let markdown = "summary.md"

    /// Document index in `ContentDiff.documents` → page folder; only listed documents (changes or hidden edits) get a page.
    private(set) var pages: [Int: String] = [:]

    init(_ diff: ContentDiff) {
        var used: Set<String> = [Self.index, "assets/", "data/"]
        for (index, document) in diff.documents.enumerated() where document.isListed {
            var path = Self.path(document)
            var suffix = 2
            while used.contains(path) {
                path = String(Self.path(document).dropLast()) + "-\(suffix)/"
                suffix += 1
            }
            used.insert(path)
            pages[index] = path
        }
    }

    static func path(_ document: ContentDiff.Document) -> String {
        let entity = document.entityID.map { $0 + "/" } ?? ""
        switch document.kind {
        case .roadmap: return "\(entity)roadmaps/\(document.id)/"
        case .plan: return "\(entity)plans/\(document.id)/"
        case .expectedResults: return "\(entity)expected-results/\(document.id)/"
        case .report: return "\(entity)reports/\(document.id)/"
        case .indicators: return "\(entity)indicators/"
        case .page: return document.id + "/"
        case .glossary: return "glossary/"
        case .directions: return "directions/"
        case .entities: return "entities/"
        }
    }
}
