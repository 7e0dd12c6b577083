import Foundation
import KartaMarkdown
import KartaModel

/// Compares two loaded versions of the content, document by document.
public struct ContentDiffer: Sendable {
    /// The two versions' files compared by bytes, when known: documents whose files are the same are then
    /// listed as unchanged without being compared (their diffs carry no rows).
    public var files: VersionFiles?

    public init(files: VersionFiles? = nil) {
        self.files = files
    }

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
        // Territories' own glossaries after the roots: an abbreviation is compared by its spelling, which
        // is the same whichever territory expands it.
        let territorial = [new.content.glossaries, old.content.glossaries].flatMap { glossaries in glossaries.own.keys.sorted().compactMap { glossaries.own[$0] } }
        let resolver = PartyResolver(glossaries: [new.content.glossary, old.content.glossary] + territorial)
        let tables = TableDiffer(resolver: resolver)
        let prose = ProseDiffer()
        let oldMarkdown = MarkdownRenderer(allowRawHTML: old.content.config.allowRawHTML)
        let newMarkdown = MarkdownRenderer(allowRawHTML: new.content.config.allowRawHTML)
        // One job per document; pages are split into blocks inside their job, so that runs in parallel too.
        var jobs: [@Sendable () -> ContentDiff.Document] = []
        let unchanged = UnchangedDocuments(files: files, oldRoot: old.root, newRoot: new.root)
        for (oldSource, newSource) in Self.pair(tableSources(old.content), tableSources(new.content), key: \.document.key) {
            if let oldSource, let newSource, unchanged.contains(old: oldSource.file, new: newSource.file) {
                jobs.append { .table(TableDiff(unchanged: oldSource.document, newSource.document)) }
            } else {
                jobs.append { .table(tables.diff(old: oldSource?.document, new: newSource?.document)) }
            }
        }
        for (oldSource, newSource) in Self.pair(proseSources(old), proseSources(new), key: \.key) {
            if let oldSource, let newSource, unchanged.contains(old: oldSource.file, new: newSource.file, readingAlso: newSource.readsAlso) {
                jobs.append { .prose(newSource.unchangedDiff()) }
            } else {
                jobs.append { .prose(prose.diff(old: oldSource?.document(oldMarkdown), new: newSource?.document(newMarkdown))) }
            }
        }
        for (oldDocument, newDocument) in Self.pair(catalogues(old.content), catalogues(new.content), key: \.key) {
            if let oldDocument, let newDocument, unchanged.cataloguesAreSame {
                jobs.append { .table(TableDiff(unchanged: oldDocument, newDocument)) }
            } else {
                jobs.append { .table(tables.diff(old: oldDocument, new: newDocument)) }
            }
        }
        var diff = ContentDiff(old: old.label, new: new.label, documents: jobs.parallelMap { $0() })
        diff.entityNames = Self.entityNames(old.content, new.content)
        return diff
    }

    /// Short names where the content gives them («Качканар»), else full names; the new version's win.
    static func entityNames(_ old: SiteContent, _ new: SiteContent) -> [String: String] {
        var names: [String: String] = [:]
        for entity in old.entities + new.entities { names[entity.id] = entity.shortName ?? entity.name }
        return names
    }

    /// A table document with the file it was read from.
    struct TableSource: Sendable {
        var document: TableDocument
        var file: String
    }

    /// Roadmaps, then plans, expected results and indicator files, each sorted by entity and id.
    func tableSources(_ content: SiteContent) -> [TableSource] {
        content.roadmaps.map { TableSource(document: TableDocument($0, entityLevel: content.entity($0.entityID)?.level), file: $0.location.file) }
            + content.plans.map { TableSource(document: TableDocument($0), file: $0.location.file) }
            + content.expectedResults.map { TableSource(document: TableDocument($0), file: $0.location.file) }
            + content.indicatorTables.map { TableSource(document: TableDocument(indicators: $0), file: $0.location.file) }
    }

    /// A Markdown document not yet split into blocks: a free page or a report file.
    struct ProseSource: Sendable {
        var key: String
        /// The file it is read from.
        var file: String
        /// Folders (relative to the content folder) whose files the comparison reads too: a report's roadmaps.
        var readsAlso: [String] = []
        var document: @Sendable (MarkdownRenderer) -> ProseDocument
        /// What the diff of the document with itself gives, without splitting it into blocks.
        var unchangedDiff: @Sendable () -> ProseDiff
    }

    /// Reports, then free pages. A page under `reports/` (should the site load reports as pages) counts once, as a report.
    func proseSources(_ side: Side) -> [ProseSource] {
        let content = side.content
        let reports = ReportReader.reportFiles(in: content, root: side.root).map { file in
            ProseSource(
                key: "\(DocumentKind.report.rawValue):\(file.entityID):\(file.id)", file: file.path, readsAlso: [file.entityID + "/roadmaps/"]
            ) { markdown in
                let roadmapExecution = ExecutionEntry.roadmapEntries(of: file.entityID, in: content)
                let loaded = content.reports(of: file.entityID).first { String($0.year) == file.id }
                return ReportReader.report(
                    file.text, id: file.id, entityID: file.entityID, markdown: markdown,
                    execution: loaded.map { ExecutionEntry.entries(of: $0, roadmapEntries: roadmapExecution) } ?? [],
                    roadmapExecution: roadmapExecution)
            } unchangedDiff: {
                ProseDiff(unchanged: .report, id: file.id, entityID: file.entityID, title: ReportReader.title(file.text, id: file.id))
            }
        }
        let pages = side.content.pages.filter { !$0.id.contains("/reports/") }.map { page in
            ProseSource(key: "\(DocumentKind.page.rawValue):\(page.entityID ?? ""):\(page.id)", file: page.location.file) {
                ProseDocument(page, markdown: $0)
            } unchangedDiff: {
                ProseDiff(unchanged: .page, id: page.id, entityID: page.entityID, title: page.title)
            }
        }
        return reports + pages
    }

    func catalogues(_ content: SiteContent) -> [TableDocument] {
        let territorial = content.glossaries.own.keys.sorted().compactMap { id in content.glossaries.own[id].map { TableDocument(glossary: $0, entityID: id) } }
        return [TableDocument(glossary: content.glossary)] + territorial
            + [TableDocument(directions: content.directions), TableDocument(entities: content.entities)]
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
