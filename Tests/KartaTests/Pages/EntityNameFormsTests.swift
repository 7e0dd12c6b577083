import Foundation
import KartaModel
import Testing

/// The name's case forms in `entity.yaml` (issue 15 point 6): titles and sentences use the genitive and
/// the prepositional where given, and a wording that needs no declension where not.
@Suite("Entity name forms")
struct EntityNameFormsTests {
    static let forms = """
        short_name: "Тестовый"
        name_genitive: "городского округа Тестовый"
        name_prepositional: "городском округе Тестовый"
        """

    static func withForms(_ site: ContentFixture) throws {
        try site.replace(#"short_name: "Тестовый""#, with: forms, in: "oblast/gorod/entity.yaml")
    }

    /// A page with the typographer's non-breaking spaces read as spaces.
    static func text(_ path: String, of pages: RenderedSite) throws -> String {
        try pages.page(path).replacingOccurrences(of: "\u{A0}", with: " ")
    }

    @Test func theFormsTitleTheReportAndTheYearPages() throws {
        try withTemporaryDirectory { folder in
            let site = try ReportFixture.make(in: folder)
            try Self.withForms(site)
            let pages = try RenderedSite.render(content: site.root)
            #expect(try pages.page("oblast/gorod/reports/2020/index.html")
                .contains(#"content: "О состоянии системы образования городского округа Тестовый за 2020 год · демонстрационные данные""#))
            #expect(try Self.text("oblast/gorod/reports/index.html", of: pages).contains("<h1>Отчёты о состоянии системы образования городского округа Тестовый</h1>"))
            #expect(try Self.text("2019/oblast/gorod/index.html", of: pages).contains("в городском округе Тестовый в 2019 году: "))
        }
    }

    @Test func withoutFormsTheWordingNeedsNoDeclension() throws {
        try withTemporaryDirectory { folder in
            let site = try ReportFixture.make(in: folder)
            let pages = try RenderedSite.render(content: site.root)
            #expect(try pages.page("oblast/gorod/reports/2020/index.html")
                .contains(#"content: "О состоянии системы образования: Городской округ Тестовый, 2020 год · демонстрационные данные""#))
            #expect(try Self.text("oblast/gorod/reports/index.html", of: pages).contains("<h1>Отчёты о состоянии системы образования: Городской округ Тестовый</h1>"))
            let year = try Self.text("2019/oblast/gorod/index.html", of: pages)
            #expect(year.contains(" в 2019 году: ") && !year.contains("округе"))
        }
    }

    @Test func theFormsLoad() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try Self.withForms(site)
            let result = site.load()
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics.sorted.map(\.description))")
            let entity = try #require(result.content?.entity("oblast/gorod"))
            #expect(entity.nameGenitive == "городского округа Тестовый")
            #expect(entity.namePrepositional == "городском округе Тестовый")
        }
    }

    @Test func titlesWithAndWithoutTheGenitive() {
        var entity = Entity(id: "x", level: .municipality, name: "Невьянский городской округ", location: SourceLocation(file: "x"))
        #expect(entity.title("О состоянии системы образования", year: 2025) == "О состоянии системы образования: Невьянский городской округ, 2025 год")
        #expect(entity.title("Дорожная карта") == "Дорожная карта: Невьянский городской округ")
        #expect(entity.inName == nil)
        entity.nameGenitive = "Невьянского городского округа"
        #expect(entity.title("О состоянии системы образования", year: 2025) == "О состоянии системы образования Невьянского городского округа за 2025 год")
        #expect(entity.title("Дорожная карта") == "Дорожная карта Невьянского городского округа")
    }

    @Test(arguments: [
        ("Невьянском городском округе", "в Невьянском городском округе"),
        ("Всеволожском районе", "во Всеволожском районе"),
        ("Владимирской области", "во Владимирской области"),
        ("Вологодской области", "в Вологодской области"),
        ("Фрунзенском районе", "во Фрунзенском районе"),
        ("Фокинском районе", "в Фокинском районе"),
    ])
    func thePrepositionFitsTheForm(_ form: String, _ expected: String) {
        var entity = Entity(id: "x", level: .municipality, name: "x", location: SourceLocation(file: "x"))
        entity.namePrepositional = form
        #expect(entity.inName == expected)
    }
}
