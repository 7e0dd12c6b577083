import Foundation
@testable import KartaImport
import KartaModel
import Testing

/// Issue 14, point 4: a month printed without a year is read in the period's first year; when the
/// rows around it are dated another year, a warning names the year they suggest.
@Suite("Import: months without a year")
struct ImportMonthYearTests {
    typealias Form = ImportHeadingRowTests.Form
    static let title = "Дорожная карта на 2021–2022 годы"

    static func rows(_ deadlines: [String]) -> [[String]] {
        deadlines.enumerated().map { ["\($0.offset + 1).", "Мероприятие номер \($0.offset + 1)", $0.element, "ИМЦ"] }
    }

    @Test(arguments: Form.allCases)
    func theRowBeforeGivesTheGuess(_ form: Form) throws {
        let result = try ImportHeadingRowTests.convert(Self.rows(["ноябрь 2020", "август", "сентябрь 2021"]), title: Self.title, as: form)
        let warnings = result.warnings("import-month-year")
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.message.contains("«август»") && warning.message.contains("the guessed year is 2020"), "\(warning.message)")
        #expect(warning.location.line > 0)
        // The deadline stays as printed.
        #expect(try #require(result.file(.roadmap)).contents.contains("deadline: \"август\""))
    }

    @Test(arguments: Form.allCases)
    func theRowAfterGivesTheGuessWhenNoRowBeforeIsDated(_ form: Form) throws {
        let result = try ImportHeadingRowTests.convert(Self.rows(["в августе", "сентябрь 2020"]), title: Self.title, as: form)
        let warning = try #require(result.warnings("import-month-year").first)
        #expect(warning.message.contains("«в августе»") && warning.message.contains("the guessed year is 2020") && warning.message.contains("row after"))
    }

    @Test(arguments: [["ноябрь 2021", "август", "май 2022"], ["ноябрь 2020", "ежегодно, август"], ["ноябрь 2020", "в течение учебного года"], ["август"]])
    func noWarningWhenTheNeighboursAgreeOrTheDeadlineRepeats(_ deadlines: [String]) throws {
        let result = try ImportHeadingRowTests.convert(Self.rows(deadlines), title: Self.title, as: .text)
        #expect(result.warnings("import-month-year").isEmpty)
    }

    @Test(arguments: ["август", "в августе", "до 15 мая", "май"])
    func monthsAreFound(_ text: String) { #expect(MonthWithoutYear.matches(text)) }

    @Test(arguments: ["ежегодно (май)", "в течение года", "постоянно", "по итогам"])
    func otherDeadlinesAreNoMonths(_ text: String) { #expect(!MonthWithoutYear.matches(text)) }
}
