import Foundation
@testable import KartaImport
import KartaModel
import Testing

/// Roadmaps copied from legal databases: a source address first, stamps with a Latin «N».
@Suite("Import: legal-database exports")
struct ImportLegalDatabaseTests {
    static let table = "\n№ п/п\tМероприятие\tСроки\tОтветственные\n1.\tСеминар для учителей\tмарт 2016\tИМЦ\n"

    @Test func sourceAddressIsNeverTheTitleAndStampWithLatinNIsRead() throws {
        let text = "https://base.garant.ru/12345678/\n\nПриложение N 3 к приказу министерства образования Тестовой области от 5 марта 2016 г. N 412\n\nДорожная карта по развитию системы оценки качества образования на 2016 год\n" + Self.table
        let result = ImportFixtures.convert(text: text, name: "garant.txt")
        let yaml = try #require(result.file(.roadmap)).contents
        #expect(yaml.contains("title: \"Дорожная карта по развитию системы оценки качества образования на 2016 год\""))
        #expect(yaml.contains("number: \"412\""))
        #expect(yaml.contains("heading: \"Приложение N 3\""))
        #expect(yaml.contains("date: 2016-03-05"))
        #expect(!yaml.contains("title: \"https"))
    }

    @Test func approvalOverSeveralLinesWithLatinN() throws {
        let text = "УТВЕРЖДЕНА\nприказом Министерства образования\nТестовой области\nот 01.02.2019 N 87\nДорожная карта по развитию системы оценки качества образования на 2019 год\n" + Self.table
        let result = ImportFixtures.convert(text: text, name: "stamp.txt")
        let yaml = try #require(result.file(.roadmap)).contents
        #expect(yaml.contains("number: \"87\""))
        #expect(yaml.contains("date: 2019-02-01"))
        #expect(yaml.contains("title: \"Дорожная карта по развитию системы оценки качества образования на 2019 год\""))
    }

    enum Form: String, CaseIterable { case text, docx, odt }

    static let garant = ["https://base.garant.ru/12345678/", "Дорожная карта по развитию системы оценки качества образования на 2016 год"]

    static func garantDocument(_ form: Form) throws -> ImportResult {
        typealias F = OfficeFixtures
        let rows = [F.roadmapHeader, ["1.", "Семинар для учителей", "март 2016", "ИМЦ"]]
        switch form {
        case .text: return ImportFixtures.convert(text: garant.joined(separator: "\n\n") + "\n" + table, name: "garant.txt")
        case .docx: return Importer.convert(try F.docx(garant.map { F.p($0) }.joined() + F.tbl(rows)), file: "garant.docx")
        case .odt: return Importer.convert(try F.odt(garant.map { F.odtP($0) }.joined() + F.odtTable(rows)), file: "garant.odt")
        }
    }

    /// Issue 14, point 3: the address becomes `source:`, shown as «Источник» on the roadmap page.
    @Test(arguments: Form.allCases)
    func sourceAddressIsWrittenAsSourceAndShownOnThePage(_ form: Form) throws {
        let result = try Self.garantDocument(form)
        let yaml = try #require(result.file(.roadmap)).contents
        #expect(yaml.contains("source: \"https://base.garant.ru/12345678/\""), "\(yaml)")
        #expect(yaml.contains("title: \"\(Self.garant[1])\""))
        try withTemporaryDirectory { folder in
            let sandbox = try ImportSandbox(in: folder)
            let content = try sandbox.loaded(result)
            #expect(content.roadmaps.first?.source == Self.garant[0])
            let site = try RenderedSite.render(content: sandbox.root)
            let page = try #require(site.pages.first { $0.key.contains("roadmaps/") && $0.key.hasSuffix("index.html") }?.value)
            #expect(page.contains("<dt>Источник</dt>\n<dd><a href=\"https://base.garant.ru/12345678/\" rel=\"nofollow noopener\">"))
        }
    }

    /// Only a web address is a source: anything else (a `javascript:` link) is an error, never a link.
    @Test func aSourceThatIsNoWebAddressIsAnError() throws {
        try withTemporaryDirectory { folder in
            let sandbox = try ImportSandbox(in: folder)
            let outcome = sandbox.write(try Self.garantDocument(.text))
            let path = try #require(outcome.written.first)
            let yaml = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "https://base.garant.ru/12345678/", with: "javascript:alert(1)")
            try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
            #expect(sandbox.load().diagnostics.errors.map(\.code) == ["bad-source"])
        }
    }

    /// The approval stamps of issue 14 as legal databases and departments print them («N», «№», «No», «г №»,
    /// on one line or several), each above the document's own title, in text, `.docx` and `.odt`.
    static let stamps: [(lines: [String], number: String, date: String)] = [
        (["Приложение N 3 к приказу министерства образования Тестовой области от 5 марта 2016 г. N 412"], "412", "2016-03-05"),
        (["УТВЕРЖДЕНА", "приказом Министерства образования", "Тестовой области", "от 01.02.2019 N 87"], "87", "2019-02-01"),
        (["Приложение к Постановлению от 01.02.2014 г № 45"], "45", "2014-02-01"),
        (["УТВЕРЖДЕНО", "приказом управления образования от 10.03.2020 No 15"], "15", "2020-03-10"),
    ]

    @Test(arguments: Form.allCases, stamps.indices)
    func stampsAreReadAndTheTitleIsTheDocumentsOwn(_ form: Form, _ index: Int) throws {
        typealias F = OfficeFixtures
        let stamp = Self.stamps[index]
        let title = "Дорожная карта по развитию системы оценки качества образования"
        let rows = [F.roadmapHeader, ["1.", "Семинар для учителей", "март 2020", "ИМЦ"]]
        let result: ImportResult
        switch form {
        case .text: result = ImportFixtures.convert(text: (stamp.lines + [title]).joined(separator: "\n") + "\n" + Self.table, name: "stamp.txt")
        case .docx: result = Importer.convert(try F.docx((stamp.lines + [title]).map { F.p($0) }.joined() + F.tbl(rows)), file: "stamp.docx")
        case .odt: result = Importer.convert(try F.odt((stamp.lines + [title]).map { F.odtP($0) }.joined() + F.odtTable(rows)), file: "stamp.odt")
        }
        let yaml = try #require(result.file(.roadmap)).contents
        #expect(yaml.contains("number: \"\(stamp.number)\""), "\(form) \(stamp.lines): \(yaml)")
        #expect(yaml.contains("date: \(stamp.date)"), "\(form) \(stamp.lines)")
        #expect(yaml.contains("title: \"\(title)\""), "\(form) \(stamp.lines)")
    }
}
