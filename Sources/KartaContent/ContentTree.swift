import Foundation
import KartaModel

/// The files of a content folder, classified by where they sit: entity folders, documents, pages.
struct ContentTree {
    struct EntityFolder {
        var id: String
        var path: String
        var parentID: String?
    }

    struct Document {
        enum Kind { case roadmap, plan, expectedResults }
        var kind: Kind
        var id: String
        var path: String
        var entityID: String
    }

    struct PageFile {
        var id: String
        var path: String
        var entityID: String?
    }

    /// `reports/YYYY.md` of an entity.
    struct ReportFile {
        var year: Int
        var path: String
        var entityID: String
    }

    /// `indicators.csv` or `indicators.yaml` in an entity folder.
    struct IndicatorFile {
        enum Format { case csv, yaml }
        var format: Format
        var path: String
        var entityID: String
    }

    var entityFolders: [EntityFolder] = []
    var documents: [Document] = []
    var pages: [PageFile] = []
    var reports: [ReportFile] = []
    var indicatorFiles: [IndicatorFile] = []
    /// The path of each entity's indicator file, to refuse a second one without a scan of all of them.
    private var indicatorFileOf: [String: String] = [:]
    /// `glossary.yaml` in an entity folder: that territory's own abbreviations.
    var entityGlossaries: [(entityID: String, path: String)] = []
    /// Image files at the top of the content folder: the one `owner.emblem` names is published.
    var siteImages: [String] = []

    static let indicatorFileNames: [String: IndicatorFile.Format] = ["indicators.csv": .csv, "indicators.yaml": .yaml]

    static let catalogueFiles: Set<String> = ["site.yaml", "glossary.yaml", "directions.yaml"]

    /// Walks the folder in sorted order. Symbolic links are reported and never followed.
    static func scan(root: String, diagnostics: inout Diagnostics) -> ContentTree {
        var tree = ContentTree()
        tree.walk(root: root, relative: "", entityID: nil, diagnostics: &diagnostics)
        return tree
    }

    private mutating func walk(root: String, relative: String, entityID: String?, diagnostics: inout Diagnostics) {
        let fileManager = FileManager.default
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let names = try? fileManager.contentsOfDirectory(atPath: folder) else {
            diagnostics.error(.read, "the folder could not be read", at: SourceLocation(file: folder))
            return
        }
        let isTop = relative.isEmpty
        var currentEntity = entityID
        if !isTop, names.contains("entity.yaml"), Self.isRegularFile(folder + "/entity.yaml") {
            entityFolders.append(EntityFolder(id: relative, path: relative, parentID: entityID))
            currentEntity = relative
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = relative.isEmpty ? name : relative + "/" + name
            let full = root + "/" + path
            let location = SourceLocation(file: full)
            guard let type = Self.entryType(full, diagnostics: &diagnostics) else { continue }
            if type == .directory {
                guard Self.checkName(name, of: "folder name '\(name)'", isTop: isTop, at: location, diagnostics: &diagnostics) else { continue }
                if Slug.documentFolders.contains(name) {
                    scanDocuments(root: root, relative: path, kind: name, entityID: currentEntity, diagnostics: &diagnostics)
                    continue
                }
                walk(root: root, relative: path, entityID: currentEntity, diagnostics: &diagnostics)
                continue
            }
            if isTop, Self.catalogueFiles.contains(name) { continue }
            if isTop, SiteEmblem.isImage(name) {
                siteImages.append(name)
                continue
            }
            if name == "entity.yaml", !isTop { continue }
            if name == "glossary.yaml", let currentEntity, !isTop {
                entityGlossaries.append((currentEntity, path))
                continue
            }
            if let format = Self.indicatorFileNames[name], let currentEntity, !isTop {
                addIndicatorFile(IndicatorFile(format: format, path: path, entityID: currentEntity), at: location, diagnostics: &diagnostics)
                continue
            }
            if name.hasSuffix(".md") {
                let stem = String(name.dropLast(3))
                guard Self.checkName(stem, of: "file name '\(name)' before '.md'", isTop: isTop, at: location, diagnostics: &diagnostics) else { continue }
                pages.append(PageFile(id: relative.isEmpty ? stem : relative + "/" + stem, path: path, entityID: currentEntity))
                continue
            }
            diagnostics.warning(.ignored, "this file is not part of the content format and is not published", at: location)
        }
    }

    private mutating func scanDocuments(root: String, relative: String, kind: String, entityID: String?, diagnostics: inout Diagnostics) {
        let folder = root + "/" + relative
        guard let entityID else {
            diagnostics.error(.noEntity, "'\(kind)/' must be inside an entity folder (one with entity.yaml)", at: SourceLocation(file: folder))
            return
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
            let full = folder + "/" + name
            let location = SourceLocation(file: full)
            guard let type = Self.entryType(full, diagnostics: &diagnostics) else { continue }
            guard kind != "reports" else {
                addReport(name, type: type, relative: relative, entityID: entityID, at: location, diagnostics: &diagnostics)
                continue
            }
            guard type != .directory, name.hasSuffix(".yaml") else {
                diagnostics.warning(.ignored, "only .yaml files belong in '\(kind)/'; this one is not published", at: location)
                continue
            }
            let stem = String(name.dropLast(5))
            guard Self.checkName(stem, of: "file name '\(name)' before '.yaml'", isTop: false, isPage: false, at: location, diagnostics: &diagnostics) else { continue }
            let documentKind: Document.Kind = switch kind {
            case "roadmaps": .roadmap
            case "plans": .plan
            default: .expectedResults
            }
            documents.append(Document(kind: documentKind, id: stem, path: relative + "/" + name, entityID: entityID))
        }
    }

    /// `reports/` holds `YYYY.md` files only: the file name is the report's year and its address.
    private mutating func addReport(
        _ name: String, type: FileKind, relative: String, entityID: String, at location: SourceLocation, diagnostics: inout Diagnostics
    ) {
        let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : ""
        guard type != .directory, Slug.isYear(stem), let year = Int(stem), (1900...2200).contains(year) else {
            diagnostics.warning(.ignored, "only reports named after their year (YYYY.md, e.g. 2021.md) belong in 'reports/'; this one is not published", at: location)
            return
        }
        reports.append(ReportFile(year: year, path: relative + "/" + name, entityID: entityID))
    }

    private mutating func addIndicatorFile(_ file: IndicatorFile, at location: SourceLocation, diagnostics: inout Diagnostics) {
        if let first = indicatorFileOf[file.entityID] {
            diagnostics.error(
                .duplicateIndicators, "the entity already has \(first); keep its indicators in one file, CSV or YAML", at: location)
            return
        }
        indicatorFileOf[file.entityID] = file.path
        indicatorFiles.append(file)
    }

    /// The kind of a folder entry, a plain file or a folder; `nil` for anything else, which is reported: a
    /// symbolic link is never followed (it could point outside the content folder), and a FIFO or device
    /// could block the read. One `lstat` per entry: `FileManager.attributesOfItem` made a dictionary of every
    /// attribute (owner names included) for each of a region's thousands of files, on one core before loading.
    private static func entryType(_ path: String, diagnostics: inout Diagnostics) -> FileKind? {
        let kind = FileKind(atPath: path)
        switch kind {
        case .regular, .directory: return kind
        case .missing:
            diagnostics.error(.read, "this entry could not be read", at: SourceLocation(file: path))
        case .symbolicLink:
            diagnostics.error(.symlink, "symbolic links are not followed in the content folder; copy the file in instead", at: SourceLocation(file: path))
        case .fifo, .characterDevice, .blockDevice, .socket:
            diagnostics.error(.notAFile, "this is \(kind.described), not a file; content files must be plain files", at: SourceLocation(file: path))
        }
        return nil
    }

    /// True for a plain file; false for a link (reported by the walk), a folder or nothing.
    static func isRegularFile(_ path: String) -> Bool {
        FileKind(atPath: path) == .regular
    }

    /// A name becomes a URL segment: it must be a slug, and at the top not one of the site's own.
    /// A document (`isPage` false) is published below its folder's own address, so it may take a
    /// name kept for the site's pages inside an entity (`analysis`).
    private static func checkName(
        _ name: String, of what: String, isTop: Bool, isPage: Bool = true, at location: SourceLocation, diagnostics: inout Diagnostics
    ) -> Bool {
        guard Slug.isValid(name) else {
            diagnostics.error(.slug, "\(what) must use only a-z, 0-9 and '-' (it becomes part of a web address)", at: location)
            return false
        }
        if isTop && (Slug.reservedTopLevel.contains(name) || Slug.isYear(name)) || isPage && Slug.reservedEverywhere.contains(name) {
            diagnostics.error(.reserved, "'\(name)' is reserved for the site's own pages; choose another name", at: location)
            return false
        }
        return true
    }
}
