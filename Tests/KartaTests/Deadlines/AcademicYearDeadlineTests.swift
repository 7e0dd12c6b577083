import Foundation
@testable import KartaContent
import KartaModel
import KartaRender
import Testing

/// Issue 14, point 4: a school year («2020/2021 учебный год», «2020–2021 уч. г.») is a deadline of its own
/// kind running from 1 September 2020 to 31 August 2021: it falls in both calendar years, in its own months
/// of each, and is due on 31 August of the second.
@Suite("Deadlines: academic years")
struct AcademicYearDeadlineTests {
    static let forms = [
        "2020/2021 учебный год", "2020–2021 уч. г.", "2020-2021 учебного года", "2020/21 уч. г.", "2020-2021 уч.г.",
        "2020 - 2021 учебного года", "2020/2021 уч. год", "в течение 2020/21 учебного года", "на 2020/2021 учебный год",
        "2020/2021 учебном году", "В течение 2020–2021 учебного года.",
    ]

    @Test(arguments: forms)
    func eachFormIsTheSchoolYear(_ text: String) {
        let deadline = DeadlineParser.parse(text, defaultYear: nil)
        #expect(deadline.kind == .academicYear(AcademicYear(first: 2020)), "\(deadline.kind)")
        #expect(deadline.text == text)
        #expect(deadline.warnings.isEmpty && deadline.context == nil)
    }

    @Test(arguments: [
        ("2020/2022 учебный год", "year_range"), ("2020-2021 гг.", "year_range"), ("2020-2021", "year_range"),
        ("в течение учебного года", "during"), ("ежегодно, по итогам учебного года (до 01 июля)", "annual"),
    ])
    func otherFormsAreNoSchoolYear(_ text: String, _ kind: String) {
        #expect(DeadlineParser.parse(text, defaultYear: 2020).kind.name == kind)
    }

    @Test func aNoteAfterTheSchoolYearIsItsContext() {
        let deadline = DeadlineParser.parse("2020/2021 учебный год, ИМЦ", defaultYear: nil)
        #expect(deadline.kind == .academicYear(AcademicYear(first: 2020)))
        #expect(deadline.context == "ИМЦ")
    }

    @Test func itRunsFromSeptemberToAugust() throws {
        let academic = AcademicYear(first: 2020)
        #expect(academic.start.description == "2020-09-01" && academic.end.description == "2021-08-31")
        let deadline = Deadline(text: "2020/2021 учебный год", kind: .academicYear(academic))
        #expect(deadline.years(in: nil) == [2020, 2021])
        #expect(deadline.months(in: 2020, period: nil) == [9, 10, 11, 12])
        #expect(deadline.months(in: 2021, period: nil) == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(deadline.months(in: 2022, period: nil).isEmpty)
        #expect(deadline.sortStart?.description == "2020-09-01")
        #expect(deadline.isOneOff)
        let item = RoadmapItem(id: "a", text: "Мониторинг", deadline: deadline.text, schedule: deadline, location: SourceLocation(file: "x"))
        #expect(item.lastDueYear(period: nil) == 2021)
        #expect(item.isDue(in: 2020, period: nil) && item.isDue(in: 2021, period: nil) && !item.isDue(in: 2022, period: nil))
    }

    @Test(arguments: [(2020, 21, 2, true), (2020, 2021, 4, true), (2099, 0, 2, true), (2020, 22, 2, false), (2020, 2020, 4, false)])
    func theSecondYearIsTheNext(_ first: Int, _ second: Int, _ digits: Int, _ valid: Bool) {
        #expect((AcademicYear(first: first, printedSecond: second, digits: digits) != nil) == valid)
    }

    @Test func theJSONNamesTheKindAndItsDays() throws {
        let data = try JSONEncoder().encode(DeadlineParser.parse("2020–2021 уч. г.", defaultYear: nil))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["kind"] as? String == "academic_year")
        #expect(json["from"] as? Int == 2020 && json["to"] as? Int == 2021)
        #expect(json["start"] as? String == "2020-09-01" && json["end"] as? String == "2021-08-31")
    }

    @Test func russianWording() {
        #expect(RussianFormat.academicYear(AcademicYear(first: 2020)) == "2020/2021 учебный год (1 сентября 2020 г. – 31 августа 2021 г.)")
        #expect(RussianFormat.period(Period(from: 2020, to: 2021, isAcademic: true)) == "2020/2021 учебный год")
        #expect(RussianFormat.period(Period(from: 2020, to: 2022, isAcademic: true)) == "2020/2021–2021/2022 учебные годы")
        #expect(RussianFormat.period(Period(from: 2020, to: 2021)) == "2020–2021 гг.")
    }

    // MARK: - Content

    static let roadmap = "oblast/gorod/roadmaps/msoko-2020.yaml"

    /// A content cell in any form is read as the school year: the activity is on both years' pages, in its months.
    @Test(arguments: ["2020/2021 учебный год", "2020–2021 уч. г.", "2020-2021 учебного года"])
    func aContentDeadlineIsTheSchoolYear(_ text: String) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(#"deadline: "октябрь 2019""#, with: "deadline: \"\(text)\"", in: Self.roadmap)
            let result = site.load()
            #expect(result.diagnostics.errors.isEmpty && result.diagnostics.warnings.isEmpty, "\(result.diagnostics.sorted.map(\.description))")
            let content = try #require(result.content)
            let activity = try #require(ActivityIndex(content: content).activities.first)
            #expect(activity.deadline?.kind == .academicYear(AcademicYear(first: 2020)))
            #expect(activity.years == [2020, 2021])
            #expect(activity.months(in: 2020) == [9, 10, 11, 12] && activity.months(in: 2021) == Array(1...8))
            let rendered = try RenderedSite.render(content: site.root)
            let row = "Утверждение дорожной карты"
            // The site year pages are summaries; the entity's year pages list the rows.
            #expect(try rendered.page("2020/oblast/gorod/index.html").contains(row) && rendered.page("2021/oblast/gorod/index.html").contains(row))
            #expect(try rendered.page("2020/oblast/gorod/index.html").contains("сентябрь–декабрь"))
            #expect(try rendered.page("2021/oblast/gorod/index.html").contains("январь–август"))
            #expect(try PlainText.of(html: rendered.page("oblast/gorod/roadmaps/msoko-2020/index.html")).contains("2020/2021 учебный год (1 сентября 2020 г. – 31 августа 2021 г.)"))
        }
    }

    @Test func anAcademicPeriodIsShownAsSchoolYears() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace("period: {from: 2019, to: 2021}", with: "period: {from: 2019, to: 2020, academic: true}", in: Self.roadmap)
            let result = site.load()
            #expect(result.diagnostics.errors.isEmpty, "\(result.diagnostics.sorted.map(\.description))")
            #expect(result.content?.roadmaps.first?.period == Period(from: 2019, to: 2020, isAcademic: true))
            let rendered = try RenderedSite.render(content: site.root)
            #expect(try rendered.page("oblast/gorod/roadmaps/msoko-2020/index.html").contains("2019/2020 учебный год"))
        }
    }

    @Test func anAcademicPeriodOfOneCalendarYearIsAnErrorAtIt() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let at = try site.replace("period: {from: 2019, to: 2021}", with: "period: {from: 2019, to: 2019, academic: true}", in: Self.roadmap, pointingAt: "true")
            let error = try #require(site.load().diagnostics.errors.first)
            #expect(error.code == "value")
            #expect(error.location == SourceLocation(file: site.displayPath(Self.roadmap), line: at.line, column: at.column))
            #expect(error.message.contains("{from: 2019, to: 2020, academic: true}"))
        }
    }
}
