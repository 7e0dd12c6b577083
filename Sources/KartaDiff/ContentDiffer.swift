import Foundation
import KartaMarkdown
import KartaModel

/// Compares two loaded versions of the content, document by document.
public struct ContentDiffer: Sendable {
    public init() {}

    /// One version as loaded: its model and the folder it came from (reports are read from there).
    public struct Side: Sendable {
        public var content: SiteContent
        public var root: String
        public var label: VersionLabel

        public init(content: SiteContent, root: String, label: VersionLabel) {
            self.content = content
            self.root = root
            self.label = label
        }
    }

    public func diff(old: Side, new: Side) -> ContentDiff {
        let resolver = PartyResolver(glossaries: [new.content.glossary, old.content.glossary])
        let tables = TableDiffer(resolver: resolver)
        let prose = ProseDiffer()
        let oldMarkdown = MarkdownRenderer(allowRawHTML: old.content.config.allowRawHTML)
        let newMarkdown = MarkdownRenderer(allowRawHTML: new.content.config.allowRawHTML)
        // One job per document; pages are split into blocks inside their job, so that runs in parallel too.
        var jobs: [@Sendable () -> ContentDiff.Document] = []
        for (oldDocument, newDocument) in Self.pair(tableDocuments(old.content), tableDocuments(new.content), key: \.key) {
            jobs.append { .table(tables.diff(old: oldDocument, new: newDocument)) }
        }
        for (oldSource, newSource) in Self.pair(proseSources(old), proseSources(new), key: \.key) {
            jobs.append { .prose(prose.diff(old: oldSource?.document(oldMarkdown), new: newSource?.document(newMarkdown))) }
        }
        for (oldDocument, newDocument) in Self.pair(catalogues(old.content), catalogues(new.content), key: \.key) {
            jobs.append { .table(tables.diff(old: oldDocument, new: newDocument)) }
        }
        return ContentDiff(old: old.label, new: new.label, documents: jobs.parallelMap { $0() })
    }

    /// Roadmaps, then plans, expected results and indicator files, each sorted by entity and id.
    func tableDocuments(_ content: SiteContent) -> [TableDocument] {
        content.roadmaps.map { TableDocument($0, entityLevel: content.entity($0.entityID)?.level) }
            + content.plans.map { TableDocument($0) }
            + content.expectedResults.map { TableDocument($0) }
            + content.indicatorTables.map { TableDocument(indicators: $0) }
    }

    /// A Markdown document not yet split into blocks: a free page or a report file.
    struct ProseSource: Sendable {
        var key: String
        var document: @Sendable (MarkdownRenderer) -> ProseDocument
    }

    /// Reports, then free pages. A page under `reports/` (should the site load reports as pages) counts once, as a report.
    func proseSources(_ side: Side) -> [ProseSource] {
        let content = side.content
        let reports = ReportReader.reportFiles(in: content, root: side.root).map { file in
            ProseSource(key: "\(DocumentKind.report.rawValue):\(file.entityID):\(file.id)") { markdown in
                let roadmapExecution = ExecutionEntry.roadmapEntries(of: file.entityID, in: content)
                let loaded = content.reports.first { $0.entityID == file.entityID && String($0.year) == file.id }
                return ReportReader.report(
                    file.text, id: file.id, entityID: file.entityID, markdown: markdown,
                    execution: loaded.map { ExecutionEntry.entries(of: $0, roadmapEntries: roadmapExecution) } ?? [],
                    roadmapExecution: roadmapExecution)
            }
        }
        let pages = side.content.pages.filter { !$0.id.contains("/reports/") }.map { page in
            ProseSource(key: "\(DocumentKind.page.rawValue):\(page.entityID ?? ""):\(page.id)") { ProseDocument(page, markdown: $0) }
        }
        return reports + pages
    }

    func catalogues(_ content: SiteContent) -> [TableDocument] {
        [TableDocument(glossary: content.glossary), TableDocument(directions: content.directions), TableDocument(entities: content.entities)]
    }

    /// Documents of both versions matched by key, in the order of the new version with old-only ones
    /// after the document that preceded them.
    static func pair<Document>(_ old: [Document], _ new: [Document], key: (Document) -> String) -> [(Document?, Document?)] {
        let newKeys = Set(new.map(key))
        let oldByKey = Dictionary(old.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        var result: [(Document?, Document?)] = new.map { (oldByKey[key($0)], $0) }
        for (index, document) in old.enumerated() where !newKeys.contains(key(document)) {
            let previous = old[..<index].last { newKeys.contains(key($0)) }.map(key)
            let position = previous.flatMap { previousKey in result.firstIndex { $0.1.map(key) == previousKey } }.map { $0 + 1 } ?? 0
            var insertAt = position
            while insertAt < result.count, result[insertAt].1 == nil { insertAt += 1 }
            result.insert((document, nil), at: insertAt)
        }
        return result
    }
}
