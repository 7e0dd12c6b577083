import Foundation
import KartaSite
import Testing

/// `list_limit` in `site.yaml`: pages that gather activities from many documents list them one by one
/// up to the limit, and above it give their number per entity with links where they are listed.
@Suite("List limit")
struct ListLimitTests {
    func build(limit: String) throws -> (URL, BuildReport, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("karta-list-limit-\(UUID().uuidString)")
        let site = try ContentFixture.copyOfValid(in: folder)
        try site.write(try site.read("site.yaml") + "list_limit: \(limit)\n", to: "site.yaml")
        let output = folder.appendingPathComponent("out")
        return (output, site.builder(output: output).build(), site.displayPath("site.yaml"))
    }

    func page(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func aboveTheLimitYearPagesListEntitiesWithLinksToTheirYearPages() throws {
        let (output, report, _) = try build(limit: "1")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(report.succeeded)
        // The site's year page lists entities at any limit (issue 15 point 5): their year pages list everything.
        let year = try page(output, "2020/index.html")
        #expect(!year.contains("roadmap activities"))
        #expect(year.contains("2020/oblast/gorod/index.html\""))
        #expect(try page(output, "2020/oblast/gorod/index.html").contains("<table class=\"roadmap activities year-activities\""))
    }

    @Test func aboveTheLimitBodyPagesListEntitiesAndSearchLeavesActivitiesToTheIndex() throws {
        let (output, report, _) = try build(limit: "1")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(report.succeeded)
        let body = try page(output, "responsible/mouo/index.html")
        #expect(body.contains("параметр list_limit"))
        #expect(!body.contains("roadmap activities"))
        // Each activity counts under the first year it falls due: here 2019.
        #expect(body.contains("../../2019/oblast/gorod/index.html"))
        let search = try page(output, "search/index.html")
        #expect(search.contains("параметр list_limit"))
        #expect(!search.contains("Мероприятия: "))
        #expect(try SearchIndexFile.entries(in: output).contains { ($0["title"] as? String)?.contains("Утверждение дорожной карты") == true })
    }

    @Test func aboveTheLimitDirectionPagesListEntitiesPerLevelAndYear() throws {
        let (output, report, _) = try build(limit: "1")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(report.succeeded)
        let direction = try page(output, "directions/training-quality/index.html")
        #expect(direction.contains("параметр list_limit"))
        #expect(!direction.contains("<div class=\"activity\">"))
        #expect(direction.contains("oblast/gorod/index.html\">Городской округ Тестовый</a>"))
        // The directions index lists no activities and no cycle tables (those are on the analysis pages).
        let index = try page(output, "directions/index.html")
        #expect(!index.contains("cycle-heading"))
    }

    @Test func atTheDefaultLimitEverythingIsListed() throws {
        let (output, report, _) = try build(limit: "1000")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(report.succeeded)
        #expect(!(try page(output, "2020/index.html")).contains("list_limit"))
        #expect(try page(output, "search/index.html").contains("Мероприятия: "))
    }

    @Test(arguments: ["0", "-5", "много"])
    func aLimitThatIsNotAPositiveNumberIsAnErrorAtItsPlace(_ value: String) throws {
        let (output, report, file) = try build(limit: value)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(!report.succeeded)
        #expect(report.diagnostics.errors.contains { $0.location.file == file && $0.location.line == 3 })
    }
}
