import KartaContent
import KartaModel

/// `karta new entity PARENT ID`: a region, municipality or school folder with its `entity.yaml`,
/// placed where the content model allows it.
public enum EntityScaffold {
    /// What stands for the top of the content folder as PARENT, where only a region may sit.
    public static let topLevel = "."

    /// Writes `PARENT/ID/entity.yaml` below `root`. Without `level`, the entity takes the level that
    /// sits under its parent (a region at the top, a municipality in a region, a school in a
    /// municipality); without `name`, a placeholder the editor replaces.
    public static func write(parent parentID: String, id: String, level: Level? = nil, name: String? = nil, content root: String) -> ScaffoldOutcome {
        var diagnostics = Diagnostics()
        guard let content = ContentLookup.load(root, diagnostics: &diagnostics) else { return ScaffoldOutcome(diagnostics: diagnostics) }
        var parent: Entity?
        if parentID != topLevel {
            guard let found = ContentLookup.entity(parentID, in: content, root: root, diagnostics: &diagnostics) else {
                return ScaffoldOutcome(diagnostics: diagnostics)
            }
            parent = found
        }
        let place = parent.map { "in the \($0.level.rawValue) \($0.id)" } ?? "at the top of the content folder"
        guard let level = level ?? childLevel(of: parent?.level) else {
            return .refused(.level, "nothing sits inside a \(parent?.level.rawValue ?? "school"): add the entity to its municipality or region", at: root)
        }
        let allowed = parent.map { level.allowedParents.contains($0.level) } ?? level.allowedParents.isEmpty
        guard allowed else {
            let parents = level.allowedParents.map(\.rawValue).joined(separator: " or ")
            let fix = parents.isEmpty ? "give \(topLevel) as PARENT" : "give a \(parents) as PARENT"
            return .refused(.level, "a \(level.rawValue) cannot sit \(place); \(fix)", at: root)
        }
        if let problem = folderNameProblem(id, isTop: parent == nil) {
            return .refused(.slug, problem, at: root)
        }
        let folder = parent.map { "\($0.id)/\(id)" } ?? id
        var files = ScaffoldFiles()
        files.add("\(folder)/entity.yaml", text(level: level, name: name ?? placeholderName(level)))
        return files.write(into: root)
    }

    /// The level that sits directly under `parent` (under nothing: the top level), from the model's rule.
    static func childLevel(of parent: Level?) -> Level? {
        Level.allCases.first { parent.map($0.allowedParents.contains) ?? $0.allowedParents.isEmpty }
    }

    /// Why `id` cannot name an entity folder, by the rules the content loader applies; nil when it can.
    static func folderNameProblem(_ id: String, isTop: Bool) -> String? {
        if !Slug.isValid(id) { return "'\(id)' cannot name a folder: use only a-z, 0-9 and '-' (it becomes part of a web address)" }
        if isTop && (Slug.reservedTopLevel.contains(id) || Slug.isYear(id)) || Slug.reservedEverywhere.contains(id) { return "'\(id)' is reserved for the site's own pages; choose another name" }
        if Slug.documentFolders.contains(id) { return "'\(id)' holds an entity's documents; choose another name" }
        return nil
    }

    static func placeholderName(_ level: Level) -> String {
        switch level {
        case .region: "Название субъекта Российской Федерации"
        case .municipality: "Название муниципального образования"
        case .school: "Название образовательной организации"
        }
    }

    /// The `entity.yaml` of a new entity; `responsibleAs` links the activities naming it to its page.
    static func text(level: Level, name: String, responsibleAs: [String] = []) -> String {
        let names = responsibleAs.isEmpty ? "# responsible_as: [\"…\"]" : "responsible_as: [\(responsibleAs.map(ReportScaffold.yamlString).joined(separator: ", "))]"
        return """
            # Организация (регион, муниципалитет или школа); её адрес на сайте — путь этой папки.
            # Уровень: \(Level.allCases.map(\.rawValue).joined(separator: " | ")).
            level: \(level.rawValue)
            name: \(ReportScaffold.yamlString(name))
            # short_name: "…"
            # Название в родительном и предложном падежах (без предлога), для заголовков отчётов и карт:
            # name_genitive: "…"        # «Качканарского городского округа»
            # name_prepositional: "…"   # «Качканарском городском округе»
            # Год создания: мероприятия вышестоящих органов до него к организации не относятся.
            # since: 2025
            # Как дорожные карты называют эту организацию в графе «Ответственные»:
            \(names)
            # Подписи и значения для страницы организации, в этом порядке:
            # details:
            #   Орган управления образованием: "…"
            #   Адрес: "…"
            # Описание (Markdown):
            # description: |
            #   …

            """
    }
}
