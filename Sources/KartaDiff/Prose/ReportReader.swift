import Foundation
import KartaContent
import KartaMarkdown
import KartaModel
import Yams

/// Annual reports (`reports/YYYY.md` in an entity folder) as prose documents: the front matter as
/// fields in the order written, the narrative as blocks. Read from the files themselves, so the
/// diff covers them whatever the site does with them.
enum ReportReader {
    struct ReportFile: Sendable {
        var id: String
        var entityID: String
        var text: String
        /// Where it was read from.
        var path: String
    }

    /// The report files of every entity, in entity and file order.
    static func reportFiles(in content: SiteContent, root: String) -> [ReportFile] {
        var files: [ReportFile] = []
        for entity in content.entities {
            let folder = root + "/" + entity.id + "/reports"
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
            for name in names {
                let path = folder + "/" + name
                guard isRegularFile(path), let data = FileManager.default.contents(atPath: path),
                      case .success(let text) = SourceText.decode(data, file: path) else { continue }
                files.append(ReportFile(id: String(name.dropLast(3)), entityID: entity.id, text: text, path: path))
            }
        }
        return files
    }

    /// `execution` and `roadmapExecution`: the report's records as loaded, compared by meaning rather than as front matter.
    static func report(
        _ text: String, id: String, entityID: String, markdown: MarkdownRenderer, execution: [ExecutionEntry] = [],
        roadmapExecution: [String: ExecutionEntry] = [:]
    ) -> ProseDocument {
        guard let split = FrontMatter.split(text) else {
            return ProseDocument(kind: .report, id: id, entityID: entityID, title: "Отчёт \(id)", metadata: [], blocks: markdown.blocks(text))
        }
        let fields = frontMatter(split.yaml)
        let title = Self.title(in: fields, id: id)
        return ProseDocument(
            kind: .report, id: id, entityID: entityID, title: title, metadata: fields, blocks: markdown.blocks(split.body),
            execution: execution, roadmapExecution: roadmapExecution)
    }

    /// The title a report's diff is named by: its front matter's, else «Отчёт YYYY».
    static func title(_ text: String, id: String) -> String {
        title(in: FrontMatter.split(text).map { frontMatter($0.yaml) } ?? [], id: id)
    }

    static func title(in fields: [MetadataField], id: String) -> String {
        fields.first { $0.key == "title" }?.value ?? "Отчёт \(id)"
    }

    /// Keys compared by their meaning elsewhere, not as front-matter text.
    static let comparedByMeaning: Set<String> = ["execution"]

    /// Top-level keys with their values as text: scalars as written, anything nested in one line of YAML.
    static func frontMatter(_ yaml: String) -> [MetadataField] {
        guard let node = try? Yams.compose(yaml: yaml), case .mapping(let mapping) = node else { return [] }
        return mapping.compactMap { key, value in
            guard let name = key.string, !comparedByMeaning.contains(name) else { return nil }
            if let scalar = value.scalar { return MetadataField(name, scalar.string) }
            let flow = (try? Yams.serialize(node: value, width: -1, allowUnicode: true))?.trimmingCharacters(in: .whitespacesAndNewlines)
            return MetadataField(name, flow)
        }
    }

    static func isRegularFile(_ path: String) -> Bool {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType) == .typeRegular
    }
}
