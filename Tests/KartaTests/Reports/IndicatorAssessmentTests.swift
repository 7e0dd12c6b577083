import KartaModel
import KartaRender
import Testing

/// Judging an indicator for a report year: the previous year, the target, and `better`.
@Suite("Indicator assessment and its wording")
struct IndicatorAssessmentTests {
    func indicator(_ better: IndicatorDirection, unit: String = "%", _ rows: [(Int, Double?, Double?)], decimals: Int = 1) -> Indicator {
        Indicator(
            code: "1.1.1", name: "Показатель", unit: unit, better: better,
            observations: rows.map { year, value, target in
                IndicatorObservation(
                    year: year, value: value.map { IndicatorNumber($0, decimals: decimals) }, target: target.map { IndicatorNumber($0, decimals: 0) },
                    location: SourceLocation(file: "indicators.csv"))
            },
            location: SourceLocation(file: "indicators.csv"))
    }

    @Test func changeHasTheSignTheUnitAndThePrecisionOfItsFigures() throws {
        let assessment = IndicatorAssessment(indicator(.higher, [(2019, 83.2, 85), (2020, 85.5, 90)]), year: 2020)
        let change = try #require(assessment.change)
        #expect(change == IndicatorNumber(2.3, decimals: 1), "85,5 − 83,2 is 2,3, not 2,2999…")
        #expect(RussianNumbers.signedChange(change, unit: "%") == "▲\u{00A0}+2,3\u{00A0}п.п.")
        #expect(assessment.trend == .improved)
        #expect(assessment.targetStatus == .notAchieved)
        #expect(assessment.percentOfTarget.map(RussianNumbers.percent) == "95\u{00A0}%")
    }

    @Test func missingPreviousYearGivesNoChangeButStillATargetVerdict() {
        // 2019 is missing; 2018 is not «the previous year».
        let assessment = IndicatorAssessment(indicator(.lower, [(2018, 12.0, nil), (2020, 9.5, 10)]), year: 2020)
        #expect(assessment.previous == nil)
        #expect(assessment.change == nil)
        #expect(assessment.trend == nil)
        #expect(assessment.targetStatus == .achieved)
    }

    @Test func lowerIsBetterTurnsTheVerdicts() throws {
        let worse = IndicatorAssessment(indicator(.lower, [(2019, 1.8, 1.5), (2020, 2.1, 1.5)]), year: 2020)
        #expect(worse.trend == .worsened, "a rise of a «lower is better» indicator is a worsening")
        #expect(worse.targetStatus == .notAchieved)
        let share = try #require(worse.percentOfTarget)
        #expect(abs(share - 1.5 / 2.1 * 100) < 1e-9, "% of target is target ÷ value when lower is better")
        #expect(RussianNumbers.signedChange(try #require(worse.change), unit: "%") == "▲\u{00A0}+0,3\u{00A0}п.п.")

        let better = IndicatorAssessment(indicator(.lower, [(2019, 2.1, nil), (2020, 1.2, 1.5)]), year: 2020)
        #expect(better.trend == .improved)
        #expect(better.targetStatus == .achieved)
        #expect(RussianNumbers.signedChange(try #require(better.change), unit: "%") == "▼\u{00A0}\u{2212}0,9\u{00A0}п.п.")
    }

    @Test func neutralIndicatorsMoveButAreNotJudged() {
        let assessment = IndicatorAssessment(indicator(.neutral, unit: "чел.", [(2019, 1302, nil), (2020, 1296, nil)], decimals: 0), year: 2020)
        #expect(assessment.trend == .decreased)
        #expect(assessment.targetStatus == nil)
        #expect(assessment.change.map { RussianNumbers.signedChange($0, unit: "чел.") } == "▼\u{00A0}\u{2212}6\u{00A0}чел.")
    }

    @Test func equalValuesAreUnchangedAndAZeroTargetHasNoShare() {
        let assessment = IndicatorAssessment(indicator(.higher, [(2019, 5, nil), (2020, 5, 0)]), year: 2020)
        #expect(assessment.trend == .unchanged)
        #expect(assessment.change.map { RussianNumbers.signedChange($0, unit: "%") } == "=\u{00A0}0\u{00A0}п.п.")
        #expect(assessment.percentOfTarget == nil)
        #expect(assessment.targetStatus == .achieved)
    }

    @Test(arguments: [
        (1302.0, 0, "1302"), (13025.0, 0, "13\u{00A0}025"), (1302569.0, 0, "1\u{00A0}302\u{00A0}569"), (85.5, 1, "85,5"), (85.5, 2, "85,50"),
        (-3.25, 2, "\u{2212}3,25"), (0.05, 1, "0,1"), (-0.01, 1, "0,0"),
    ])
    func numbersAreWrittenTheRussianWay(_ value: Double, _ decimals: Int, _ expected: String) {
        #expect(RussianNumbers.decimal(value, decimals: decimals) == expected)
    }

    @Test func extremeFiguresArePrintedNotTrapped() {
        #expect(RussianNumbers.percent(1e20).hasSuffix("\u{00A0}%"), "a tiny target gives a huge share")
        #expect(RussianNumbers.decimal(.infinity, decimals: 0) == "—")
        #expect(RussianNumbers.decimal(-.nan, decimals: 1) == "—")
    }

    @Test func percentDropsAZeroDecimal() {
        #expect(RussianNumbers.percent(100) == "100\u{00A0}%")
        #expect(RussianNumbers.percent(99.64) == "99,6\u{00A0}%")
    }
}
