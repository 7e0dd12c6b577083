import Foundation
import KartaModel
@testable import KartaRender
import KartaSite
import Testing

/// The organisation that publishes the site (`owner:` in `site.yaml`, issue 15 point 1): its name and
/// emblem head every page, its contacts close it, and a bad value is an error at its line.
@Suite("Site owner")
struct SiteOwnerTests {
    static let owner = """
        owner:
          name: "Управление образования администрации города"
          short_name: "Управление образования"
          emblem: gerb.svg
          address: "620000, г. Город, ул. Ленина, д. 1"
          phone: "8 (343) 000-00-00"
          email: "uo@example.ru"
          hours: "пн–пт 9:00–18:00"
          website: "https://uo.example.ru/"
          legal_basis: "Приказ управления от 01.02.2024 № 87"

        """
    static let emblem = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>"#

    func site(in folder: URL, owner: String = SiteOwnerTests.owner) throws -> ContentFixture {
        let site = try ContentFixture.copyOfValid(in: folder)
        try site.write(try site.read("site.yaml") + owner, to: "site.yaml")
        try site.write(Self.emblem, to: "gerb.svg")
        return site
    }

    @Test func everyPageShowsTheOwnerAndItsContacts() throws {
        try withTemporaryDirectory { folder in
            let site = try site(in: folder)
            let output = folder.appendingPathComponent("out")
            let report = site.builder(output: output).build()
            #expect(report.succeeded && report.diagnostics.warnings.isEmpty, "\(report.diagnostics.sorted.map(\.description))")
            #expect(try String(contentsOf: output.appendingPathComponent("assets/owner/gerb.svg"), encoding: .utf8) == Self.emblem)
            let pages = try FileTree.read(output).files.filter { $0.hasSuffix(".html") }
            #expect(pages.count > 10)
            for path in pages {
                let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
                #expect(html.contains(#"<meta name="author" content="Управление образования администрации города">"#), "\(path)")
                #expect(html.contains(#"<p class="site-owner"><img class="site-emblem" src=""#), "\(path)")
                #expect(html.contains(#"<a href="tel:+73430000000">8 (343) 000-00-00</a>"#), "\(path)")
                #expect(html.contains(#"<a href="mailto:uo@example.ru">uo@example.ru</a>"#), "\(path)")
                #expect(html.contains("Часы работы: пн–пт 9:00–18:00"), "\(path)")
                #expect(html.contains("Приказ управления от 01.02.2024 №\u{A0}87"), "\(path)")
                #expect(html.contains("Сайт создан программой Karta."), "\(path)")
            }
            let roadmap = try String(contentsOf: output.appendingPathComponent("oblast/gorod/roadmaps/msoko-2020/index.html"), encoding: .utf8)
            #expect(roadmap.contains(#"src="../../../../assets/owner/gerb.svg""#), "the emblem is linked relative to each page")
        }
    }

    @Test func creditCanBeLeftOut() throws {
        try withTemporaryDirectory { folder in
            let site = try site(in: folder, owner: "credit: false\n")
            let rendered = try RenderedSite.render(content: site.root)
            #expect(!(try rendered.page("index.html")).contains("Karta."))
            #expect(!(try rendered.page("index.html")).contains("site-owner"), "no owner, no owner line")
        }
    }

    @Test(arguments: [
        ("  email: \"+7 343 000\"\n", "owner-email", 3, 10),
        ("  website: \"uo.example.ru\"\n", "owner-website", 3, 12),
        ("  emblem: missing.svg\n", "owner-emblem", 3, 11),
        ("  emblem: site.yaml\n", "owner-emblem", 3, 11),
        ("  emblem: ../gerb.svg\n", "owner-emblem", 3, 11),
        ("  fax: \"1\"\n", "unknown-key", 3, 3),
    ])
    func badOwnerValueIsAnErrorAtIt(_ line: String, _ code: String, _ lineNumber: Int, _ column: Int) throws {
        try withTemporaryDirectory { folder in
            let site = try site(in: folder, owner: "owner:\n  name: \"Управление\"\n" + line)
            let errors = site.load().diagnostics.errors
            #expect(errors.map(\.code) == [code])
            #expect(errors.first?.location.line == lineNumber + 2 && errors.first?.location.column == column, "\(errors.map(\.description))")
        }
    }

    @Test func anImageThatIsNotTheEmblemIsAWarning() throws {
        try withTemporaryDirectory { folder in
            let site = try site(in: folder, owner: "")
            let warnings = site.load().diagnostics.warnings
            #expect(warnings.map(\.code) == ["ignored"])
            #expect(warnings.first?.location.file == site.displayPath("gerb.svg"))
        }
    }

    @Test(arguments: [
        ("+7 (4752) 00-00-00", "tel:+74752000000"), ("8 (343) 000-00-00", "tel:+73430000000"), ("00-00-00", "tel:000000"),
        ("8 (343) 000-00-00, 000-00-01", nil), ("по запросу", nil),
    ] as [(String, String?)])
    func phoneNumbersDial(_ phone: String, _ url: String?) {
        #expect(ViewBuilder.telephoneURL(phone) == url)
    }
}
