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
            #expect(report.title.contains("Городской округ Тестовый"))
            #expect(report.compiledBy == "Управление образованием городского округа Тестовый")
            #expect(report.sections.count == 5)
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
