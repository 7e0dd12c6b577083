import Foundation
@testable import KartaImport
import KartaModel
import Testing

/// Issue 14, point 4: an academic year («2020/2021 учебный год», «2020/21 уч. г.») is September of
/// the first year to August of the second: in a title it gives a period of school years
/// (`academic: true`), in a deadline cell a deadline the content reads as that school year.
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
    func aTitleForAnAcademicYearGivesASchoolYearPeriod(_ form: ImportHeadingRowTests.Form, _ text: String) throws {
        let result = try ImportHeadingRowTests.convert([["1.", "Проведение мониторинга", "сентябрь", "ИМЦ"]], title: "Дорожная карта на \(text)", as: form)
        #expect(try #require(result.file(.roadmap)).contents.contains("period: {from: 2020, to: 2021, academic: true}"))
        let content = try withTemporaryDirectory { folder in try ImportSandbox(in: folder).loaded(result) }
        #expect(content.roadmaps.first?.period == Period(from: 2020, to: 2021, isAcademic: true))
    }

    @Test(arguments: ImportHeadingRowTests.Form.allCases)
    func aTitleForCalendarYearsIsNoSchoolYear(_ form: ImportHeadingRowTests.Form) throws {
        let result = try ImportHeadingRowTests.convert([["1.", "Проведение мониторинга", "2021", "ИМЦ"]], title: "Дорожная карта на 2020-2021 годы", as: form)
        #expect(try #require(result.file(.roadmap)).contents.contains("period: {from: 2020, to: 2021}\n"))
    }

    /// The deadline is written as printed and loads as the school year, in every printed form.
    @Test(arguments: ImportHeadingRowTests.Form.allCases, printed)
    func aDeadlineForAnAcademicYearLoadsAsTheSchoolYear(_ form: ImportHeadingRowTests.Form, _ text: String) throws {
        let result = try ImportHeadingRowTests.convert([["1.", "Проведение мониторинга", text, "ИМЦ"]], title: "Дорожная карта", as: form)
        let content = try withTemporaryDirectory { folder in try ImportSandbox(in: folder).loaded(result) }
        let item = try #require(content.roadmaps.first?.sections.first?.items.first)
        #expect(item.deadline == text)
        #expect(item.schedule?.kind == .academicYear(AcademicYear(first: 2020)))
        #expect(ActivityIndex(content: content).activities.first?.years == [2020, 2021])
    }

    @Test(arguments: ImportHeadingRowTests.Form.allCases)
    func aDeadlineForAnAcademicYearGivesBothYears(_ form: ImportHeadingRowTests.Form) throws {
        let result = try ImportHeadingRowTests.convert([["1.", "Проведение мониторинга", "в течение 2020/21 уч. г.", "ИМЦ"]], title: "Дорожная карта", as: form)
        #expect(try #require(result.file(.roadmap)).contents.contains("period: {from: 2020, to: 2021}"))
    }
}
