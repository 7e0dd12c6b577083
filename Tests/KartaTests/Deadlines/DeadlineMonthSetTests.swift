@testable import KartaModel
import Testing

/// The calendar's sets of years and months are made without `Set` (every row of a year page asks for its
/// months); they must be what `Array(Set(values)).sorted()` gave.
@Suite("Years and months without sets")
struct DeadlineMonthSetTests {
    static let lists: [[Int]] = [[], [5], [3, 3], [12, 1, 12, 7, 1], [0, 13, -1, 6], Array(1...12).reversed(), [2024, 2022, 2023, 2022]]

    @Test(arguments: lists)
    func sortedDistinctIsTheSetSorted(values: [Int]) {
        #expect(Deadline.sortedDistinct(values) == Array(Set(values)).sorted())
    }

    @Test(arguments: lists)
    func monthMaskKeepsTheMonthsOfTheYear(values: [Int]) {
        #expect(Deadline.months(of: Deadline.monthMask(values)) == Array(Set(values.filter { (1...12).contains($0) })).sorted())
    }

    @Test func randomListsAgree() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let values = (0..<Int.random(in: 0...20, using: &generator)).map { _ in Int.random(in: -2...15, using: &generator) }
            #expect(Deadline.sortedDistinct(values) == Array(Set(values)).sorted())
            #expect(Deadline.months(of: Deadline.monthMask(values)) == Array(Set(values.filter { (1...12).contains($0) })).sorted())
        }
    }
}
