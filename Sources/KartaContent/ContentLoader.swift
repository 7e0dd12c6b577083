import Foundation
import KartaModel

/// Loads a content folder into the site model, collecting every problem on the way.
///
/// Loading never stops at the first problem: a broken file is reported and skipped, the rest is
/// still read and validated, so one run shows everything that needs fixing.
public struct ContentLoader: Sendable {
    /// The content folder as the user named it; messages show paths below it this way.
    public let root: String
    public let purpose: Purpose
    /// Results of earlier loads, reused for files that have not changed since.
    public let cache: LoadCache?
    /// Files another version of the content has loaded or will load, for the files they have in common (`karta diff`).
    public let shared: SharedLoads?

    /// `.comparison` (for `karta diff`) reads and checks everything that can be an error, but leaves out
    /// what is only derived from the texts (the cycle stage of an activity) and the wording warnings:
    /// a diff compares the texts themselves, and those two are most of a load's time.
    public enum Purpose: Sendable {
        case publishing, comparison
    }

    public init(root: String, purpose: Purpose = .publishing, cache: LoadCache? = nil, shared: SharedLoads? = nil) {
        self.root = root
        self.purpose = purpose
        self.cache = cache
        self.shared = shared
    }

    public struct Result: Sendable {
        /// `nil` only when `site.yaml` itself could not be read.
        public var content: SiteContent?
        public var diagnostics: Diagnostics
    }

    public func load() -> Result {
        var diagnostics = Diagnostics()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.error(.noContent, "content folder not found; name the folder that holds site.yaml with --content DIR", at: SourceLocation(file: root))
            return Result(content: nil, diagnostics: diagnostics)
        }
        let tree = ContentTree.scan(root: root, diagnostics: &diagnostics)

        // Not cached by site.yaml's stamp: the config also holds the emblem's bytes, another file's.
        let config = loadYAMLFile("site.yaml", required: true, diagnostics: &diagnostics) {
            CatalogueLoader.siteConfig($0, reader: $1, images: Set(tree.siteImages))
        } ?? nil
        for image in tree.siteImages where image != config?.owner?.emblem?.fileName {
            diagnostics.warning(
                .ignored, "this image is not the emblem that site.yaml names (owner.emblem) and is not published", at: SourceLocation(file: display(image)))
        }
        let glossary = loadYAML("glossary.yaml", required: false, diagnostics: &diagnostics) {
            CatalogueLoader.glossary($0, reader: $1)
        } ?? Glossary()
        var entityGlossaries: [String: Glossary] = [:]
        for (entityID, path) in tree.entityGlossaries {
            entityGlossaries[entityID] = loadYAML(path, required: false, diagnostics: &diagnostics) {
                CatalogueLoader.glossary($0, reader: $1)
            }
        }
        let directions = loadYAML("directions.yaml", required: true, diagnostics: &diagnostics) {
            CatalogueLoader.directions($0, reader: $1)
        } ?? []

        let loadedEntities = loadEach(tree.entityFolders, diagnostics: &diagnostics) { folder, diagnostics in
            loadYAML(folder.path + "/entity.yaml", required: true, diagnostics: &diagnostics) {
                EntityLoader.entity($0, id: folder.id, folderParentID: folder.parentID, reader: $1)
            } ?? nil
        }
        var entities: [Entity] = []
        var declaredParents: [(entity: Entity, parent: String, location: SourceLocation)] = []
        for case let (entity, declared)? in loadedEntities {
            entities.append(entity)
            if let (parent, location) = declared { declaredParents.append((entity, parent, location)) }
        }
        let memo = LoadMemo()
        // Plans first: a department's one plan of every level is its longest file (the bundled region's
        // took 40 ms, read last while the other core idled).
        let plansFirst = tree.documents.indices.filter { tree.documents[$0].kind == .plan }
        let documents = loadEach(tree.documents, startingWith: plansFirst, diagnostics: &diagnostics) { document, diagnostics in
            loadDocument(document, memo: memo, diagnostics: &diagnostics)
        }
        let roadmaps = documents.compactMap(\.roadmap)
        let plans = documents.compactMap(\.plan)
        let expectedResults = documents.compactMap(\.expectedResults)
        let pages = loadEach(tree.pages, diagnostics: &diagnostics) { pageFile, diagnostics -> Page? in
            cached(pageFile.path, diagnostics: &diagnostics) { diagnostics in
                guard let text = read(pageFile.path, diagnostics: &diagnostics) else { return nil }
                let (page, pageDiagnostics) = PageLoader.page(text: text, id: pageFile.id, entityID: pageFile.entityID, file: display(pageFile.path))
                diagnostics.append(contentsOf: pageDiagnostics)
                return page
            }
        }.compactMap { $0 }
        let reports = loadReports(tree, diagnostics: &diagnostics)
        let indicatorTables = loadIndicators(tree, diagnostics: &diagnostics)
        guard let config else { return Result(content: nil, diagnostics: diagnostics) }
        let content = SiteContent(
            config: config, glossary: glossary, directions: directions, entities: entities,
            roadmaps: roadmaps, plans: plans, expectedResults: expectedResults, pages: pages,
            reports: reports, indicatorTables: indicatorTables, entityGlossaries: entityGlossaries)
        // A file with errors of its own is not reported again by the documents that name it.
        let broken = BrokenFiles(tree: tree, diagnostics: diagnostics, display: display)
        ContentValidator(
            content: content, declaredParents: declaredParents, broken: broken, checksWording: purpose == .publishing
        ).validate(into: &diagnostics)
        return Result(content: content, diagnostics: diagnostics)
    }

    func display(_ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    func read(_ relative: String, diagnostics: inout Diagnostics) -> String? {
        let file = display(relative)
        guard let data = readData(relative, diagnostics: &diagnostics) else { return nil }
        switch SourceText.decode(data, file: file) {
        case .success(let text): return text
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    /// The bytes of a content file.
    func readData(_ relative: String, diagnostics: inout Diagnostics) -> Data? {
        let file = display(relative)
        // Links, FIFOs and devices were reported by the scan (`ContentTree`); they are never opened:
        // reading through a link could publish any file, and opening a FIFO can block for ever.
        guard FileKind(atPath: file) == .regular else { return nil }
        if let size = ContentLimits.size(of: file), size > ContentLimits.maxFileBytes {
            diagnostics.error(.tooLarge, ContentLimits.message(size: size), at: SourceLocation(file: file))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            diagnostics.error(.read, "the file could not be read", at: SourceLocation(file: file))
            return nil
        }
        return data
    }

    /// What `load` gives for one file: from the cache when the file has not changed since it was
    /// stored, else loaded and stored (unless the file changed while it was read).
    func cached<Value>(_ relative: String, diagnostics: inout Diagnostics, _ load: (inout Diagnostics) -> Value) -> Value {
        if let shared, shared.sameFiles.contains(relative) { return sharing(relative, through: shared, diagnostics: &diagnostics, load) }
        let file = display(relative)
        guard let cache, let stamp = FileStamp.of(file) else { return load(&diagnostics) }
        if let (value, found) = cache.value(for: file, stamp: stamp, as: Value.self) {
            diagnostics.append(contentsOf: found)
            return value
        }
        var found = Diagnostics()
        let value = load(&found)
        if FileStamp.of(file) == stamp { cache.store(value, diagnostics: found, for: file, stamp: stamp) }
        diagnostics.append(contentsOf: found)
        return value
    }

    /// Reads, decodes and parses one YAML file, then hands its root node to `build`.
    func loadYAML<Value>(
        _ relative: String, required: Bool, diagnostics: inout Diagnostics, _ build: (YAMLNode?, YAMLReader) -> Value
    ) -> Value? {
        cached(relative, diagnostics: &diagnostics) { diagnostics in
            loadYAMLFile(relative, required: required, diagnostics: &diagnostics, build)
        }
    }

    private func loadYAMLFile<Value>(
        _ relative: String, required: Bool, diagnostics: inout Diagnostics, _ build: (YAMLNode?, YAMLReader) -> Value
    ) -> Value? {
        let file = display(relative)
        guard FileManager.default.fileExists(atPath: file) else {
            // Without site.yaml the folder is most likely not the content folder at all.
            let hint = relative == SiteRoot.siteFile ? "; is this the content folder? Name the right one with --content DIR" : ""
            if required { diagnostics.error(.missingFile, "required file is missing\(hint)", at: SourceLocation(file: file)) }
            return nil
        }
        guard let text = read(relative, diagnostics: &diagnostics) else { return nil }
        switch YAMLDocument.parse(text, file: file) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let root):
            let reader = YAMLReader(file: file)
            let value = build(root, reader)
            diagnostics.append(contentsOf: reader.diagnostics)
            return value
        }
    }
}
