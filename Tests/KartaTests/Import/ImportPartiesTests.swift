import Foundation
@testable import KartaImport
import KartaModel
import Testing

/// Issue 14, point 4: responsible cells split into parties as people write them — commas inside a
/// body's name, lists of people. In text, `.docx` and `.odt`.
@Suite("Import: parties in responsible cells")
struct ImportPartiesTests {
    typealias Form = ImportHeadingRowTests.Form

    static func convert(responsible: String, as form: Form) throws -> ImportResult {
        try ImportHeadingRowTests.convert([["1.", "Проведение мониторинга", "март 2022", responsible]], as: form)
    }

    static let cases: [(cell: String, parties: [String])] = [
        ("органы местного самоуправления, осуществляющие управление в сфере образования",
         ["органы местного самоуправления, осуществляющие управление в сфере образования"]),
        ("МОУО, подведомственные учреждения", ["МОУО, подведомственные учреждения"]),
        ("ОО, в том числе ОО с низкими результатами", ["ОО, в том числе ОО с низкими результатами"]),
        ("Управление образования, ИМЦ, ОО", ["Управление образования", "ИМЦ", "ОО"]),
        ("УО, руководители ОО, кураторы", ["УО", "руководители ОО", "кураторы"]),
        ("МОУО, вузы", ["МОУО", "вузы"]),
        ("ИМЦ (методический отдел, сектор оценки), МОУО", ["ИМЦ (методический отдел, сектор оценки)", "МОУО"]),
    ]

    @Test(arguments: Form.allCases, cases.indices)
    func commasSplitOnlyBetweenParties(_ form: Form, _ index: Int) throws {
        let (cell, parties) = Self.cases[index]
        #expect(PartySplit.split(cell).parties == parties)
        let result = try Self.convert(responsible: cell, as: form)
        let yaml = try #require(result.file(.roadmap)).contents
        let expected = "responsible: [" + parties.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        #expect(yaml.contains(expected), "\(yaml)")
        #expect(result.warnings("import-party-split").isEmpty)
    }

    @Test(arguments: Form.allCases)
    func anUnsureCommaKeepsTheTextWholeWithAWarning(_ form: Form) throws {
        let result = try Self.convert(responsible: "МОУО, а также руководители ОО", as: form)
        let yaml = try #require(result.file(.roadmap)).contents
        #expect(yaml.contains("responsible: [\"МОУО, а также руководители ОО\"]"), "\(yaml)")
        let warning = try #require(result.warnings("import-party-split").first)
        #expect(warning.location.file == "t.\(form == .text ? "txt" : form.rawValue)")
        #expect(warning.location.line > 0)
        #expect(warning.message.contains("«МОУО, а также руководители ОО»"))
    }
}
