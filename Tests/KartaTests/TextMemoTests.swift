import KartaMarkdown
import KartaModel
import Testing

@Suite("Text memo")
struct TextMemoTests {
    @Test func sameTextIsMadeOnce() {
        let memo = TextMemo()
        var calls = 0
        for _ in 0..<3 {
            #expect(memo.value(for: "ПО и «ИРО»"[...]) { calls += 1; return String($0) + "!" } == "ПО и «ИРО»!")
        }
        #expect(calls == 1)
    }

    /// String equality is canonical equivalence; the memo must keep the bytes each page wrote.
    @Test func canonicallyEqualTextsKeepTheirOwnBytes() {
        let memo = TextMemo()
        let precomposed = "\u{0439}", decomposed = "\u{0438}\u{0306}"
        #expect(memo.value(for: precomposed[...]) { String($0) } == precomposed)
        let result = memo.value(for: decomposed[...]) { String($0) }
        #expect(Array(result.utf8) == Array(decomposed.utf8))
    }
}
