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
        // Past passive participles that open a clause (seed 000, lines 56 and 59) stay with the party before.
        ("МОПОСО, организация, определенная по результатам конкурсных процедур",
         ["МОПОСО", "организация, определенная по результатам конкурсных процедур"]),
        ("МОУО, организации, созданные при МОУО", ["МОУО", "организации, созданные при МОУО"]),
        ("ИМЦ, комиссия, утверждённая приказом", ["ИМЦ", "комиссия, утверждённая приказом"]),
        ("ОО, учреждения, указанные в приложении", ["ОО", "учреждения, указанные в приложении"]),
        ("МОУО, уполномоченные органы", ["МОУО", "уполномоченные органы"]),
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

/// Issue 14, point 4: people named in a responsible cell are persons, each written to `persons:` as printed,
/// not to `responsible:` as if they were bodies.
@Suite("Import: people in responsible cells")
struct ImportPersonPartiesTests {
    static let people = ["Иванов И.И.", "Петров П.П.", "П.П. Петров", "Сидорова А. Б.", "Семёнов Ё.Ё.", "И.О. Фамилия"]

    @Test(arguments: ImportHeadingRowTests.Form.allCases)
    func sixPeopleAreSixPersons(_ form: ImportHeadingRowTests.Form) throws {
        let result = try ImportPartiesTests.convert(responsible: Self.people.joined(separator: ", "), as: form)
        let yaml = try #require(result.file(.roadmap)).contents
        #expect(yaml.contains("persons: [" + Self.people.map { "\"\($0)\"" }.joined(separator: ", ") + "]"), "\(yaml)")
        #expect(!yaml.contains("responsible:"), "\(yaml)")
        #expect(result.warnings("import-party-split").isEmpty)
    }

    @Test(arguments: ImportHeadingRowTests.Form.allCases)
    func bodiesAndPeopleGoToTheirOwnFields(_ form: ImportHeadingRowTests.Form) throws {
        let result = try ImportPartiesTests.convert(responsible: "МОУО, Петров П.П., ИМЦ, И. О. Сидорова", as: form)
        let yaml = try #require(result.file(.roadmap)).contents
        #expect(yaml.contains("responsible: [\"МОУО\", \"ИМЦ\"]\n        persons: [\"Петров П.П.\", \"И. О. Сидорова\"]"), "\(yaml)")
    }

    /// What the importer writes loads as persons, with no warning.
    @Test(arguments: ImportHeadingRowTests.Form.allCases)
    func theWrittenPersonsLoad(_ form: ImportHeadingRowTests.Form) throws {
        let result = try ImportPartiesTests.convert(responsible: "МОУО, Петров П. П.", as: form)
        let content = try withTemporaryDirectory { folder in try ImportSandbox(in: folder).loaded(result) }
        let item = try #require(content.roadmaps.first?.sections.first?.items.first)
        #expect(item.responsible == ["МОУО"] && item.persons == ["Петров П. П."])
    }

    @Test(arguments: ["Иванов И.И.", "Петров П. П.", "П.П. Петров", "Семёнов Ё.Ё.", "Ёлкина А.А."])
    func namesAreRecognised(_ name: String) {
        #expect(PersonName.isName(name))
    }

    @Test(arguments: ["МОУО", "Управление образования", "ИМЦ (методический отдел)", "руководители ОО", "ГАОУ ДПО СО «ИРО»"])
    func bodiesAreNoPeople(_ name: String) {
        #expect(!PersonName.isName(name))
    }

    @Test func aPersonAfterAClauseIsStillAParty() {
        // «…, осуществляющие…» joins; the person after it is a new party.
        #expect(PartySplit.split("МОУО, осуществляющие контроль, Иванов И.И.").parties == ["МОУО, осуществляющие контроль", "Иванов И.И."])
        // A lower-case position before a name: the name is its own party, not a continuation.
        #expect(PartySplit.split("директор ОО, зам. директора Петров П.П.").parties == ["директор ОО", "зам. директора Петров П.П."])
    }
}
