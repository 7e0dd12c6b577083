import Foundation
@testable import KartaImport
import KartaModel
import Testing

/// Issue 14, point 3: a numbered row with no deadline and no responsible that reads like a heading
/// is a section; a row cut off at the end of the export is warned about. In text, `.docx` and `.odt`.
@Suite("Import: heading rows and cut-off rows")
struct ImportHeadingRowTests {
    typealias F = OfficeFixtures

    enum Form: String, CaseIterable { case text, docx, odt }

    static func convert(_ rows: [[String]], title: String = "Дорожная карта на 2022 год", as form: Form) throws -> ImportResult {
        let table = [F.roadmapHeader] + rows
        switch form {
        case .text:
            return ImportFixtures.convert(text: title + "\n\n" + table.map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n", name: "t.txt")
        case .docx:
            return Importer.convert(try F.docx(F.p(title) + F.tbl(table)), file: "t.docx")
        case .odt:
            return Importer.convert(try F.odt(F.odtP(title) + F.odtTable(table)), file: "t.odt")
        }
    }

    static let headed = [
        ["1.", "Мероприятия по развитию системы оценки", "", ""],
        ["1.1.", "Проведение мониторинга", "март 2022", "ИМЦ"],
        ["1.2.", "Анализ результатов", "май 2022", "МОУО"],
        ["2.", "Мероприятия по работе с талантливыми детьми", "", ""],
        ["2.1.", "Олимпиады школьников", "ежегодно", "ОО"],
    ]

    @Test(arguments: Form.allCases)
    func numberedHeadingRowsAreSections(_ form: Form) throws {
        let result = try Self.convert(Self.headed, as: form)
        let yaml = try #require(result.file(.roadmap)).contents
        #expect(yaml.contains("title: \"Мероприятия по развитию системы оценки\""), "\(yaml)")
        #expect(yaml.contains("direction: talents"))
        #expect(yaml.contains("number: \"1.1.\"") && yaml.contains("number: \"2.1.\""))
        #expect(!yaml.contains("number: \"1.\"") && !yaml.contains("number: \"2.\""))
        #expect(result.warnings("import-heading-row").count == 2)
        #expect(result.warnings("import-numbering").isEmpty, "\(result.warnings("import-numbering").map(\.message))")
    }

    @Test(arguments: Form.allCases)
    func anActivityWithoutDeadlineIsNoHeading(_ form: Form) throws {
        // Not numbered under, naming no direction: an activity whose cells were left empty.
        let rows = [["1.", "Проведение совещания", "", ""], ["2.", "Анализ результатов", "май 2022", "МОУО"]]
        let result = try Self.convert(rows, as: form)
        #expect(try #require(result.file(.roadmap)).contents.contains("number: \"1.\""))
        #expect(result.warnings("import-heading-row").isEmpty)
    }

    @Test(arguments: Form.allCases)
    func aCutOffLastRowIsWarnedAbout(_ form: Form) throws {
        let rows = [["1.", "Проведение мониторинга", "март 2022", "ИМЦ"], ["2.", "Организация работы с образовательными организаци", "", ""]]
        let result = try Self.convert(rows, as: form)
        let warning = try #require(result.warnings("import-cut-off").first)
        #expect(warning.message.contains("организаци»"))
        #expect(try #require(result.file(.roadmap)).contents.contains("Организация работы с образовательными организаци"))
        let whole = try Self.convert([rows[0], ["2.", "Анализ результатов.", "май 2022", ""]], as: form)
        #expect(whole.warnings("import-cut-off").isEmpty)
    }
}
