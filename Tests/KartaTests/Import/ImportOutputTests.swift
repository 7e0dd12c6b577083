import Foundation
@testable import KartaImport
import KartaModel
import Testing

/// What the import writes: stable bytes, no silent overwrites, a page for running text, and
/// content `karta check` accepts.
@Suite("Import: output")
struct ImportOutputTests {
    @Test(arguments: ImportFixtures.all)
    func importingTwiceGivesIdenticalFiles(_ fixture: String) throws {
        let first = try ImportFixtures.convert(fixture)
        let second = try ImportFixtures.convert(fixture)
        #expect(!first.files.isEmpty)
        #expect(first.files == second.files)
        #expect(first.diagnostics.all == second.diagnostics.all)
    }

    @Test(arguments: ImportFixtures.all)
    func everyFixtureLoadsWithoutErrors(_ fixture: String) throws {
        try withTemporaryDirectory { folder in
            let sandbox = try ImportSandbox(in: folder)
            let result = try ImportFixtures.convert(fixture)
            #expect(!result.diagnostics.hasErrors)
            _ = try sandbox.loaded(result)
        }
    }

    @Test func allFixturesTogetherLoadIntoOneEntity() throws {
        try withTemporaryDirectory { folder in
            let sandbox = try ImportSandbox(in: folder)
            let result = Importer.run(paths: ImportFixtures.all.map { ImportFixtures.url($0).path })
            #expect(Set(result.files.map(\.path)).count == result.files.count)
            let content = try sandbox.loaded(result)
            #expect(content.roadmaps.count == 5)
            #expect(content.plans.count == 1)
            #expect(content.expectedResults.count == 2)
            #expect(content.pages.count == 1)
            #expect(content.roadmaps.contains { $0.outro != nil })
        }
    }

    @Test func existingFilesAreNotReplacedWithoutForce() throws {
        try withTemporaryDirectory { folder in
            let sandbox = try ImportSandbox(in: folder)
            let result = try ImportFixtures.convert("plan.txt")
            let first = sandbox.write(result)
            #expect(first.written.count == 1)
            let path = try #require(first.written.first)
            try Data("changed by hand\n".utf8).write(to: URL(fileURLWithPath: path))

            let refused = sandbox.write(result)
            #expect(refused.written.isEmpty)
            #expect(refused.diagnostics.errors.map(\.code) == ["import-overwrite"])
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "changed by hand\n")

            let forced = sandbox.write(result, force: true)
            #expect(forced.written == [path])
            #expect(try String(contentsOfFile: path, encoding: .utf8) == result.files[0].contents)
        }
    }

    @Test func writingTwiceWithForceIsByteIdentical() throws {
        try withTemporaryDirectory { folder in
            let sandbox = try ImportSandbox(in: folder)
            let result = Importer.run(paths: ImportFixtures.all.map { ImportFixtures.url($0).path })
            let paths = sandbox.write(result).written
            let before = try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
            let again = Importer.run(paths: ImportFixtures.all.map { ImportFixtures.url($0).path })
            #expect(sandbox.write(again, force: true).written == paths)
            let after = try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
            #expect(before == after)
        }
    }

    @Test func textOutsideTheTablesIsKeptAsAPage() throws {
        let result = try ImportFixtures.convert("prose.txt")
        let warning = try #require(result.warnings("import-prose").first)
        #expect(warning.location.line == 1)
        let page = try #require(result.file(.page))
        #expect(page.path == "prose.md")
        #expect(page.contents == """
            ---
            # Running text of prose.txt outside its tables (lines 1–22), kept as printed. Review it by hand.
            title: "ОТДЕЛ ОБРАЗОВАНИЯ"
            kind: page
            ---
            П Р И К А З

            1\\. Утвердить концепцию.
            2\\. Создать рабочую группу в составе:

            - Иванова И.И. – методист;
            - Петрова П.П. – специалист.

            Под **качеством образования** понимается комплексная характеристика образовательной деятельности, выражающая степень соответствия федеральным
            интересах которого осуществляется деятельность.

            Заключительный абзац с символами \\* \\_ \\[ссылка\\] \\<тег> \\& не заголовок.

            """)
        try withTemporaryDirectory { folder in
            let content = try ImportSandbox(in: folder).loaded(result)
            let loaded = try #require(content.pages.first { $0.id == "oblast/prose" })
            #expect(loaded.title == "ОТДЕЛ ОБРАЗОВАНИЯ")
            #expect(loaded.kind == .page)
            // The table between the paragraphs is its own document, not part of the page.
            #expect(content.expectedResults.first?.title == "Ожидаемые результаты")
        }
    }

    @Test func noTableIsAnError() {
        let result = ImportFixtures.convert(text: "Просто текст.\n\nЕщё абзац.\n", name: "plain.txt")
        #expect(result.diagnostics.errors.map(\.code) == ["import-no-table"])
        #expect(result.diagnostics.errors.first?.description.hasPrefix("plain.txt:1:1: error: no table found") == true)
        #expect(result.files.isEmpty)
    }

    @Test func fileNamesAreTransliteratedSlugs() {
        #expect(FileNaming.slug("Дорожная карта по направлению «Совершенствование системы методической работы»", fallback: "roadmap")
            == "sovershenstvovanie-sistemy-metodicheskoj-raboty")
        #expect(FileNaming.slug("ДОРОЖНАЯ КАРТА", fallback: "roadmap", period: (2022, 2022)) == "dorozhnaya-karta-2022")
        #expect(FileNaming.slug("Ожидаемые результаты", fallback: "expected-results") == "ozhidaemye-rezultaty")
        var taken = Set<String>()
        #expect(FileNaming.unique("plan", folder: "plans", taken: &taken) == "plan")
        #expect(FileNaming.unique("plan", folder: "plans", taken: &taken) == "plan-2")
        #expect(FileNaming.unique("plan", folder: "roadmaps", taken: &taken) == "plan")
    }
}

/// `karta import` through the real executable.
@Suite("karta import", .enabled(if: KartaExecutable.url != nil, "the karta executable was not found next to the tests"))
struct KartaImportCommandTests {
    @Test func importWritesFilesAndPrintsWarningsWithLocations() throws {
        try withTemporaryDirectory { folder in
            let sandbox = try ImportSandbox(in: folder)
            let fixture = ImportFixtures.url("tabbed-roadmap.txt").path
            let run = try KartaExecutable.run(["import", fixture, "--into", sandbox.entity.path, "--entity", "oblast"], in: folder)
            #expect(run.status == 0, "\(run.combined)")
            #expect(run.stderr.contains("\(fixture):17:1: warning: row number «2..» has a doubled dot"))
            #expect(run.stdout.contains("roadmaps/sistemy-ocenki-kachestva-obrazovaniya-na-2021-2023-gody.yaml: roadmap «Дорожная карта по развитию системы оценки качества образования на 2021–2023 годы», 10 activities in 3 sections"))
            #expect(run.stdout.contains("into entity oblast"))
            #expect(run.stdout.contains("  3 sections, 10 items"), "the structural report under the file written: \(run.stdout)")

            let again = try KartaExecutable.run(["import", fixture, "--into", sandbox.entity.path], in: folder)
            #expect(again.status == 1)
            #expect(again.stderr.contains("error: the file already exists; nothing was written (use --force to replace it)"))

            let forced = try KartaExecutable.run(["import", fixture, "--into", sandbox.entity.path, "--force"], in: folder)
            #expect(forced.status == 0, "\(forced.combined)")

            let check = try KartaExecutable.run(["check", "--content", sandbox.root.path, "--templates", TestPaths.templates.path], in: folder)
            #expect(check.status == 0, "\(check.combined)")
        }
    }

    /// `--format json`: the report alone on standard output, diagnostics still on standard error.
    @Test func jsonReportOnStandardOutput() throws {
        try withTemporaryDirectory { folder in
            let sandbox = try ImportSandbox(in: folder)
            let fixture = ImportFixtures.url("tabbed-roadmap.txt").path
            let run = try KartaExecutable.run(["import", fixture, "--into", sandbox.entity.path, "--format", "json"], in: folder)
            #expect(run.status == 0, "\(run.combined)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let files = try #require(object["files"] as? [[String: Any]])
            let structure = try #require(files.first?["structure"] as? [String: Any])
            #expect(structure["items"] as? Int == 10)
            #expect(structure["sections"] as? Int == 3)
            #expect(run.stderr.contains("warning: row number «2..» has a doubled dot"))
            #expect((object["diagnostics"] as? [[String: Any]])?.contains { ($0["message"] as? String)?.contains("doubled dot") == true } == true)

            let again = try KartaExecutable.run(["import", fixture, "--into", sandbox.entity.path, "--format", "json"], in: folder)
            #expect(again.status == 1)
            let failed = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
            #expect((failed["errors"] as? Int ?? 0) > 0)
            #expect((failed["files"] as? [[String: Any]])?.allSatisfy { $0["written"] as? Bool == false } == true)
        }
    }

    @Test func noTableExitsOne() throws {
        try withTemporaryDirectory { folder in
            try Data("Просто текст.\n".utf8).write(to: folder.appendingPathComponent("plain.txt"))
            let run = try KartaExecutable.run(["import", "plain.txt", "--into", "out"], in: folder)
            #expect(run.status == 1)
            #expect(run.stderr.contains("plain.txt:1:1: error: no table found"))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        }
    }
}
