import Foundation
import KartaModel
import KartaScaffold
import Testing

/// `karta new report ENTITY YEAR` writes a report that builds as it is.
@Suite("New report scaffold")
struct ReportScaffoldTests {
    @Test func scaffoldWritesAReportThatLoadsWithoutErrors() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let outcome = ReportScaffold.write(entity: "oblast/gorod", year: 2020, content: site.root.path)
            #expect(outcome.path == site.displayPath("oblast/gorod/reports/2020.md"))
            #expect(outcome.diagnostics.isEmpty)
            #expect(outcome.notes.first?.contains("due in 2020") == true, "\(outcome.notes)")
            let text = try site.read("oblast/gorod/reports/2020.md")
            for heading in ["## I. Анализ состояния и перспектив развития системы образования", "### 1. Вводная часть", "### 3. Выводы и заключения",
                            "## II. Показатели мониторинга системы образования", "```karta execution", "```karta indicators", "type: target"] {
                #expect(text.contains(heading), "\(heading)")
            }
            let result = site.load()
            #expect(result.diagnostics.errors.isEmpty, "\(result.diagnostics.sorted.map(\.description))")
            let report = try #require(result.content?.reports.first)
            // Without `name_genitive`, a wording that needs no declension, and a hint how to have the genitive.
            #expect(report.title == "Итоговый отчет о результатах анализа состояния и перспектив развития системы образования: Городской округ Тестовый, 2020 год")
            #expect(text.contains("# С name_genitive в entity.yaml"))
            #expect(report.compiledBy == "Управление образованием городского округа Тестовый")
            #expect(report.sections.count == 5)
        }
    }

    @Test func theTitleTakesTheGenitiveWhenEntityYamlGivesIt() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(#"short_name: "Тестовый""#, with: EntityNameFormsTests.forms, in: "oblast/gorod/entity.yaml")
            let outcome = ReportScaffold.write(entity: "oblast/gorod", year: 2025, content: site.root.path)
            #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.sorted.map(\.description))")
            let text = try site.read("oblast/gorod/reports/2025.md")
            #expect(text.contains(#"title: "Итоговый отчет о результатах анализа состояния и перспектив развития системы образования городского округа Тестовый за 2025 год""#))
            #expect(!text.contains("name_genitive"), "no hint when the form is given")
            let roadmap = RoadmapScaffold.write(entity: "oblast/gorod", id: "soko-2025", content: site.root.path, year: 2025)
            #expect(roadmap.diagnostics.errors.isEmpty)
            #expect(try site.read("oblast/gorod/roadmaps/soko-2025.yaml")
                .contains(#"title: "Дорожная карта по развитию системы оценки качества образования городского округа Тестовый""#))
        }
    }

    @Test func scaffoldNeverOverwritesWithoutForce() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.write("---\ntitle: \"Мой отчёт\"\n---\n", to: "oblast/gorod/reports/2020.md")
            let refused = ReportScaffold.write(entity: "oblast/gorod", year: 2020, content: site.root.path)
            #expect(refused.path == nil)
            #expect(refused.diagnostics.errors.map(\.code) == ["exists"])
            #expect(try site.read("oblast/gorod/reports/2020.md").contains("Мой отчёт"))
            let forced = ReportScaffold.write(entity: "oblast/gorod", year: 2020, content: site.root.path, force: true)
            #expect(forced.path != nil)
        }
    }

    @Test(arguments: ["oblast/nowhere", "../oblast", "oblast/gorod/../../x", ""])
    func unknownEntityIsRefused(_ entity: String) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let outcome = ReportScaffold.write(entity: entity, year: 2020, content: site.root.path)
            #expect(outcome.path == nil)
            #expect(outcome.diagnostics.errors.map(\.code) == ["unknown-entity"])
        }
    }

    @Test(.enabled(if: KartaExecutable.url != nil, "the karta executable was not built"))
    func commandPrintsWhatItWrote() throws {
        try withTemporaryDirectory { folder in
            _ = try ContentFixture.copyOfValid(in: folder)
            let run = try KartaExecutable.run(["new", "report", "oblast/gorod", "2021", "--content", "content"], in: folder)
            #expect(run.status == 0, "\(run.combined)")
            #expect(run.stdout.contains("wrote content/oblast/gorod/reports/2021.md"))
            let again = try KartaExecutable.run(["new", "report", "oblast/gorod", "2021", "--content", "content"], in: folder)
            #expect(again.status == 1)
            #expect(again.stderr.contains("already exists"))
        }
    }
}
