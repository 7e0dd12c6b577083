import Foundation
@testable import KartaImport
import KartaModel
import Testing

/// Issue 14, point 4: an academic year («2020/2021 учебный год», «2020/21 уч. г.») is September of
/// the first year to August of the second; periods are whole years, so it gives both years.
@Suite("Import: academic years")
struct ImportAcademicYearTests {
    static let printed = ["2020/2021 учебный год", "2020/21 уч. г.", "2020–2021 учебный год", "2020-2021 уч.г.", "2020 - 2021 учебного года"]

    @Test(arguments: printed)
    func anAcademicYearIsItsTwoYears(_ text: String) {
        #expect(TextTools.academicYears(in: text).map { [$0.0, $0.1] } == [[2020, 2021]])
    }

    @Test(arguments: ["2020/2022 учебный год", "2020-2021 гг.", "2020/21"])
    func otherRangesAreNoAcademicYears(_ text: String) {
        #expect(TextTools.academicYears(in: text).isEmpty)
    }

    @Test(arguments: ImportHeadingRowTests.Form.allCases, printed)
    func aTitleForAnAcademicYearGivesBothYears(_ form: ImportHeadingRowTests.Form, _ text: String) throws {
        let result = try ImportHeadingRowTests.convert([["1.", "Проведение мониторинга", "сентябрь", "ИМЦ"]], title: "Дорожная карта на \(text)", as: form)
        #expect(try #require(result.file(.roadmap)).contents.contains("period: {from: 2020, to: 2021}"))
    }

    @Test(arguments: ImportHeadingRowTests.Form.allCases)
    func aDeadlineForAnAcademicYearGivesBothYears(_ form: ImportHeadingRowTests.Form) throws {
        let result = try ImportHeadingRowTests.convert([["1.", "Проведение мониторинга", "в течение 2020/21 уч. г.", "ИМЦ"]], title: "Дорожная карта", as: form)
        #expect(try #require(result.file(.roadmap)).contents.contains("period: {from: 2020, to: 2021}"))
    }
}
