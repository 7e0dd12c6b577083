import Foundation
import KartaContent
import KartaModel

/// `karta new roadmap ENTITY ID`: an example roadmap of an entity, in the content format, with the
/// columns of the usual printed table and a few activities to copy from.
public enum RoadmapScaffold {
    /// Writes `ENTITY/roadmaps/ID.yaml` below `root`, for the three years from `year`.
    public static func write(entity entityID: String, id: String, content root: String, year: Int = currentYear) -> ScaffoldOutcome {
        var diagnostics = Diagnostics()
        guard let content = ContentLookup.load(root, diagnostics: &diagnostics),
              let entity = ContentLookup.entity(entityID, in: content, root: root, diagnostics: &diagnostics)
        else { return ScaffoldOutcome(diagnostics: diagnostics) }
        guard Slug.isValid(id) else {
            return .refused(.slug, "'\(id)' cannot name a roadmap: use only a-z, 0-9 and '-' (it becomes part of a web address)", at: root)
        }
        guard let direction = content.directions.first else {
            return .refused(.noDirection, "directions.yaml lists no direction, and every roadmap section names one; add one there first", at: root)
        }
        var files = ScaffoldFiles()
        files.add("\(entity.id)/roadmaps/\(id).yaml", text(for: entity, direction: direction, responsible: responsible(for: entity, in: content.glossary), year: year))
        return files.write(into: root)
    }

    public static var currentYear: Int { Calendar(identifier: .gregorian).component(.year, from: Date()) }

    /// How the roadmap names the entity as responsible: its own `responsible_as`, else the glossary's
    /// body of its level; nil when neither exists (an unexplained name would be a warning).
    static func responsible(for entity: Entity, in glossary: Glossary) -> String? {
        entity.responsibleAs.first ?? glossary.entries.first { $0.level == entity.level && $0.kind == .organization }?.abbreviation
    }

    /// The roadmap: one section of `direction` (the normative base, first in the catalogue) with
    /// three activities: one this year, one next year, one every year.
    static func text(for entity: Entity, direction: Direction, responsible: String?, year: Int) -> String {
        let quoted = ReportScaffold.yamlString
        let responsibleLine = responsible.map { "\n        responsible: [\(quoted($0))]" } ?? ""
        let items = [
            ("1", "Утверждение дорожной карты", "декабрь \(year)"),
            ("2", "Разработка положения о системе оценки качества образования", "\(year + 1)"),
            ("3", "Анализ реализации дорожной карты и внесение в неё изменений", "ежегодно"),
        ]
        let itemLines = items.map { number, text, deadline in
            """
                  - id: \(direction.id)-\(number)
                    number: "\(number)."
                    text: \(quoted(text))
                    deadline: \(quoted(deadline))\(responsibleLine)
            """
        }.joined(separator: "\n")
        return """
            # Дорожная карта: заголовок, утверждающий документ, графы таблицы и мероприятия по направлениям.
            # Формат описан в docs/content-format.md («roadmaps/ID.yaml»).
            title: \(quoted(entity.title("Дорожная карта по развитию системы оценки качества образования")))
            # approval:                          # утверждающий документ
            #   heading: "УТВЕРЖДЕНА"
            #   kind: "приказ"
            #   body: "…"
            #   number: "…"
            #   date: \(year)-01-31
            period: {from: \(year), to: \(year + 2)}
            columns:                             # графы таблицы, как в документе: \(ColumnKey.allCases.map(\.rawValue).joined(separator: ", "))
              - {key: \(ColumnKey.number.rawValue), title: "№ п/п"}
              - {key: \(ColumnKey.text.rawValue), title: "Мероприятие"}
              - {key: \(ColumnKey.deadline.rawValue), title: "Сроки"}
              - {key: \(ColumnKey.responsible.rawValue), title: "Ответственные"}
            sections:                            # направления — из directions.yaml
              - direction: \(direction.id)
                title: \(quoted(direction.title))
                items:
            \(itemLines)

            """
    }
}
