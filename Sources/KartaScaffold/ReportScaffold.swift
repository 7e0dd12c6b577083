import Foundation
import KartaOutput
import KartaContent
import KartaModel

/// `karta new report ENTITY YEAR`: writes `reports/YEAR.md` for an entity, in the official structure of
/// the annual report (ПП РФ № 662): I. the analysis (introduction, analysis by direction, conclusions)
/// and II. the monitoring indicators, with the `karta` blocks that generate the sections from the
/// entity's roadmaps, expected results and indicators.
public enum ReportScaffold {
    public struct Outcome: Sendable {
        /// The file written, as the content folder names it; nil when nothing was written.
        public var path: String?
        /// What the report will draw on, in English, for the command to print.
        public var notes: [String]
        public var diagnostics: Diagnostics
    }

    public static func write(entity entityID: String, year: Int, content root: String, force: Bool = false) -> Outcome {
        var diagnostics = Diagnostics()
        let folder = SourceLocation(file: root)
        guard (1900...2200).contains(year) else {
            diagnostics.error(.value, "the year must be between 1900 and 2200, found \(year)", at: folder)
            return Outcome(path: nil, notes: [], diagnostics: diagnostics)
        }
        guard let content = ContentLookup.load(root, diagnostics: &diagnostics),
              let entity = ContentLookup.entity(entityID, in: content, root: root, diagnostics: &diagnostics)
        else { return Outcome(path: nil, notes: [], diagnostics: diagnostics) }
        let relative = "\(entity.id)/reports/\(year).md"
        let file = (root.hasSuffix("/") ? root : root + "/") + relative
        if FileKind(atPath: file) == .regular, !force {
            diagnostics.error(.exists, "the report already exists; edit it, or give --force to start it again", at: SourceLocation(file: file))
            return Outcome(path: nil, notes: [], diagnostics: diagnostics)
        }
        // Links, folders and FIFOs in the report's place are refused even with --force.
        let problems = SingleFileOutput(path: file, force: force).write(Data(text(for: entity, year: year).utf8))
        guard problems.isEmpty else {
            for problem in problems { diagnostics.append(problem) }
            return Outcome(path: nil, notes: [], diagnostics: diagnostics)
        }
        return Outcome(path: file, notes: notes(for: entity, year: year, in: content), diagnostics: diagnostics)
    }

    static func notes(for entity: Entity, year: Int, in content: SiteContent) -> [String] {
        let roadmaps = Array(content.roadmaps(of: entity.id))
        let due = roadmaps.reduce(0) { count, roadmap in count + roadmap.items.filter { $0.isDue(in: year, period: roadmap.period) }.count }
        let tables = content.expectedResults(of: entity.id).filter { $0.years.contains(year) }
        let indicators = content.indicators(of: entity.id)
        return [
            roadmaps.isEmpty
                ? "execution: the entity has no roadmap yet, so the section will say so"
                : "execution: \(due) activit\(due == 1 ? "y" : "ies") of \(roadmaps.count) roadmap\(roadmaps.count == 1 ? "" : "s") due in \(year)",
            tables.isEmpty
                ? "expected results: no table has a \(year) column yet"
                : "expected results: \(tables.map(\.id).joined(separator: ", ")); record what was achieved under 'achieved:'",
            indicators.map { "indicators: \($0.indicators.count) in \($0.location.file)" }
                ?? "indicators: none yet; add \(entity.id)/indicators.csv (code;name;unit;year;value;target;better;source)",
        ]
    }

    /// The report skeleton. Quoted texts are YAML-escaped.
    static func text(for entity: Entity, year: Int) -> String {
        let compiledBy = entity.details.first { $0.label.lowercased().contains("орган") }?.value ?? entity.name
        return """
            ---
            year: \(year)
            \(titleHint(for: entity))title: \(yamlString(entity.title("Итоговый отчет о результатах анализа состояния и перспектив развития системы образования", year: year)))
            compiled_by: \(yamlString(compiledBy))
            # approval: {heading: "УТВЕРЖДЕН", kind: "приказ", body: "…", number: "…", date: \(year + 1)-10-01}
            # date: \(year + 1)-10-25
            # contacts: {"Телефон": "…", "Электронная почта": "…"}
            # demo: true            # только для условных цифр: страница покажет «Демонстрационные данные»
            # execution:            # статусы и результаты мероприятий дорожной карты за год
            #   ROADMAP-ID:
            #     ITEM-ID: done     # done | in-progress | not-done | no-data
            #     ITEM-ID: {status: in-progress, result: "…"}
            # achieved:             # что достигнуто по ожидаемым результатам года
            #   TABLE-ID:
            #     ROW-ID: "…"
            ---
            ## I. Анализ состояния и перспектив развития системы образования

            ### 1. Вводная часть

            Отчёт подготовлен в целях обеспечения открытости и доступности информации о системе образования \
            в соответствии со статьёй 97 Федерального закона от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации» \
            и постановлением Правительства Российской Федерации от 05.08.2013 № 662 «Об осуществлении мониторинга системы образования».

            Опишите территорию, сеть образовательных организаций, источники данных, составителей отчёта.

            ### 2. Анализ состояния и перспектив развития системы образования

            Анализ по направлениям: результаты, тенденции, проблемы.

            ```karta execution
            ```

            ```karta expected-results
            ```

            ### 3. Выводы и заключения

            Итоги года, выявленные проблемы, задачи и перспективы на \(year + 1) год.

            ## II. Показатели мониторинга системы образования

            ```karta indicators
            ```

            ```karta chart
            type: target
            ```

            ```karta chart
            type: dynamics
            ```

            """
    }

    /// Without `name_genitive`, a comment saying how to have the title in the official wording.
    static func titleHint(for entity: Entity) -> String {
        guard entity.nameGenitive == nil else { return "" }
        return "# С name_genitive в entity.yaml («Качканарского городского округа») название будет по образцу:\n"
            + "# «… системы образования Качканарского городского округа за 2021 год».\n"
    }

    static func yamlString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
