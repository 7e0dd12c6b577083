import Foundation
import KartaContent
import KartaModel

/// `karta new site DIR`: a site an education department can build at once and fill in: `Content/`
/// with the site-wide files, one region or municipality with an example roadmap, and a README for
/// its editors. Templates are not copied: the built-in theme renders it, and a `Templates/` beside
/// `Content/` may override its files.
public enum SiteScaffold {
    /// The levels a site can start from: a region's authority or a municipality's.
    public static let startingLevels: [Level] = [.region, .municipality]

    /// The example entities from the top down to the site's own, as the model nests levels: a
    /// municipality sits in a region.
    static func chain(to level: Level) -> [Level] {
        Level.allCases.prefix { $0 != level } + [level]
    }

    /// The site's own entity folder below `Content/`: `oblast/okrug`.
    static func entityID(_ level: Level) -> String {
        chain(to: level).map(folderName).joined(separator: "/")
    }

    /// Folder names of the example entities, by level; the editor renames them (see the README).
    static func folderName(_ level: Level) -> String {
        switch level {
        case .region: "oblast"
        case .municipality: "okrug"
        case .school: "shkola"
        }
    }

    /// Writes the site into `folder`, which must be missing or empty. `name` names the organisation's
    /// territory (a placeholder otherwise); a municipality sits in a region folder, as the model requires.
    public static func write(into folder: String, level: Level = .municipality, name: String? = nil, year: Int = RoadmapScaffold.currentYear) -> ScaffoldOutcome {
        guard startingLevels.contains(level) else {
            let levels = startingLevels.map(\.rawValue).joined(separator: " or ")
            return .refused(.level, "a site starts with a \(levels), not a \(level.rawValue); add schools later with `karta new entity`", at: folder)
        }
        switch FileKind(atPath: folder) {
        case .missing: break
        case .directory:
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            guard entries.isEmpty else {
                return .refused(.notEmpty, "\(folder) is not empty; a new site is written only into a new or empty folder, so name one", at: folder)
            }
        case let kind:
            return .refused(.notFolder, "\(folder) is \(kind.described); name a new or empty folder", at: folder)
        }
        let content = SiteRoot.contentFolderName
        let entityName = name ?? EntityScaffold.placeholderName(level)
        var files = ScaffoldFiles()
        files.add("README.md", readme(level: level))
        files.add(".gitignore", "/Output/\n")
        files.add("\(content)/\(SiteRoot.siteFile)", siteText(name: entityName))
        files.add("\(content)/glossary.yaml", glossaryText)
        files.add("\(content)/directions.yaml", directionsText)
        var id = ""
        for entityLevel in chain(to: level) where entityLevel != level {
            id += folderName(entityLevel) + "/"
            files.add("\(content)/\(id)entity.yaml", EntityScaffold.text(level: entityLevel, name: EntityScaffold.placeholderName(entityLevel)))
        }
        let responsible = LeadBody.of(level).map { [$0.abbreviation] } ?? []
        let entity = Entity(id: entityID(level), level: level, name: entityName, responsibleAs: responsible, location: SourceLocation(file: content))
        files.add("\(content)/\(entity.id)/entity.yaml", EntityScaffold.text(level: level, name: entityName, responsibleAs: responsible))
        if let direction = directions.first {
            let roadmap = RoadmapScaffold.text(for: entity, direction: direction, responsible: responsible.first, year: year)
            files.add("\(content)/\(entity.id)/roadmaps/\(roadmapID(year)).yaml", roadmap)
        }
        return files.write(into: folder)
    }

    static func roadmapID(_ year: Int) -> String { "soko-\(year)" }
}
