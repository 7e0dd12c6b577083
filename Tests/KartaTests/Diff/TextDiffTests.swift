import Foundation
@testable import KartaDiff
import KartaDiffRender
import Testing

/// The word diff on its own: tokens, Myers, the semantic clean-up, typography, deltas.
@Suite("karta diff: words")
struct TextDiffTests {
    func changes(_ old: String, _ new: String) -> [TextDiff.Segment] {
        (TextDiffer.compare(old, new).diff?.segments ?? []).filter { if case .equal = $0 { false } else { true } }
    }

    @Test(arguments: [
        ("«ВПР»", "\"ВПР\""), ("2019–2021", "2019-2021"), ("ёлка", "елка"), ("№ 179", "№179"), ("85 %", "85%"),
        ("два  пробела", "два пробела"), ("неразрывный\u{00A0}пробел", "неразрывный пробел"), ("текст\n", "текст"),
    ])
    func typographyIsNotAChange(old: String, new: String) {
        let comparison = TextDiffer.compare(old, new)
        #expect(comparison == .typographic || comparison == .same, "\(old) → \(new): \(comparison)")
    }

    @Test func myersFindsTheShortestScript() {
        let runs = Myers.diff([1, 2, 3, 4, 5], [1, 3, 4, 6, 5])
        #expect(runs.map(\.operation) == [.equal, .delete, .equal, .insert, .equal])
        #expect(Myers.diff([], [1, 2]).map(\.operation) == [.insert])
        #expect(Myers.diff([7, 8], [7, 8]).map(\.operation) == [.equal])
    }

    @Test func stopWordBetweenEditsIsAbsorbed() {
        let segments = changes("Проведение региональных и муниципальных работ", "Проведение школьных и районных работ")
        #expect(segments == [.deleted("региональных и муниципальных"), .inserted("школьных и районных")])
    }

    @Test func longEqualityIsKept() {
        let segments = changes(
            "Анализ результатов диагностических работ обучающихся в школах",
            "Анализ итогов диагностических работ обучающихся в лицеях")
        #expect(segments == [.deleted("результатов"), .inserted("итогов"), .deleted("школах"), .inserted("лицеях")])
    }

    @Test func tokensKeepNumbersWhole() {
        #expect(Token.split("Доля 85,5 % в 7-х").filter(\.isWordLike).map(\.text) == ["Доля", "85,5", "в", "7", "х"])
    }

    @Test(arguments: [("85 %", "90 %", "+5 п.п."), ("не менее 10", "не менее 7", "−3"), ("12,5%", "13%", "+0,5 п.п.")])
    func deltas(old: String, new: String, expected: String) {
        let diff = TextDiffer.compare(old, new).diff
        #expect(diff?.deltas.map(DiffWording.delta) == [expected])
    }

    @Test func longestIncreasingSubsequenceKeepsTheMostRows() {
        #expect(LongestIncreasingSubsequence.positions([0, 1, 2]) == [0, 1, 2])
        #expect(LongestIncreasingSubsequence.positions([1, 0]).count == 1)
        #expect(LongestIncreasingSubsequence.positions([3, 0, 1, 2]) == [1, 2, 3])
    }

    @Test func partyListsSplitOutsideBrackets() {
        #expect(PartyResolver.split("МОУО, ОО (школы, лицеи); ИРО") == ["МОУО", "ОО (школы, лицеи)", "ИРО"])
    }
}
