import Foundation
@testable import KartaImport
import KartaModel
import Testing

/// Issue 14, point 5: `karta import` ends with what it found per document (title, approval, sections,
/// items, sub-items, deadlines read, parties), the same from a text export, a `.docx` and an `.odt`,
/// and `--format json` gives it with every diagnostic.
@Suite("Import: structural report")
struct ImportReportTests {
    typealias F = OfficeFixtures
    enum Form: String, CaseIterable { case text, docx, odt }

    static let preamble = ["УТВЕРЖДЕНА приказом Управления образования от 01.02.2019 № 87", "Дорожная карта по развитию оценки качества на 2019–2020 годы"]
    static let rows = [
        F.roadmapHeader,
        ["1.", "Семинар для учителей", "март 2019", "ИМЦ"],
        ["2.", "Мониторинг результатов", "ежегодно", "ИМЦ, ОО"],
        ["3.", "Совещание", "квартал", "МОУО"],
    ]

    static func document(_ form: Form) throws -> ImportResult {
        switch form {
        case .text:
            let table = rows.map { $0.joined(separator: "\t") }.joined(separator: "\n")
            return ImportFixtures.convert(text: preamble.joined(separator: "\n") + "\n" + table + "\n", name: "plan.txt")
        case .docx: return Importer.convert(try F.docx(preamble.map { F.p($0) }.joined() + F.tbl(rows)), file: "plan.docx")
        case .odt: return Importer.convert(try F.odt(preamble.map { F.odtP($0) }.joined() + F.odtTable(rows)), file: "plan.odt")
        }
    }

    @Test(arguments: Form.allCases)
    func eachFormReportsTheSameStructure(_ form: Form) throws {
        let structure = try #require(try Self.document(form).file(.roadmap)?.structure)
        #expect(structure.title == "Дорожная карта по развитию оценки качества на 2019–2020 годы")
        #expect(structure.approval?.contains("№ 87") == true)
        #expect(structure.period == "2019–2020")
        #expect(structure.sections == 1)
        #expect(structure.items == 3)
        #expect(structure.subitems == 0)
        #expect(structure.deadlines == 3)
        #expect(structure.deadlinesRead == 2, "«квартал» names no quarter: karta check cannot read it")
        #expect(structure.parties == ["ИМЦ", "ОО", "МОУО"])
    }

    @Test func jsonNamesEveryFileItsStructureAndEveryDiagnostic() throws {
        let result = try Self.document(.text)
        let written = result.files.map { "./" + $0.path }
        let json = try ImportReport(result, written: written, diagnostics: result.diagnostics).json()
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let roadmap = try #require(files.first { $0["kind"] as? String == "roadmap" })
        #expect(roadmap["written"] as? Bool == true)
        #expect((roadmap["path"] as? String)?.hasPrefix("./roadmaps/") == true)
        let structure = try #require(roadmap["structure"] as? [String: Any])
        #expect(structure["items"] as? Int == 3)
        #expect(structure["deadlines_read"] as? Int == 2)
        #expect(object["errors"] as? Int == 0)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == result.diagnostics.all.count)
        #expect(diagnostics.allSatisfy { ($0["location"] as? String)?.isEmpty == false })
    }

    @Test func nothingWrittenIsSaid() throws {
        let result = try Self.document(.odt)
        let json = try ImportReport(result, written: [], diagnostics: result.diagnostics).json()
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(!files.isEmpty && files.allSatisfy { $0["written"] as? Bool == false })
    }
}
