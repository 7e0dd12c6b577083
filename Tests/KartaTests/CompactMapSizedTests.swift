@testable import KartaContent
import Testing

/// The loader keeps the roadmaps' items in arrays for a whole build: they must hold what `compactMap` gives,
/// in arrays with room for their elements and not twice that.
struct CompactMapSizedTests {
    @Test(arguments: [0, 1, 17, 1_025, 40_000])
    func sameElementsAsCompactMapWithoutTheRoomGrowingLeaves(count: Int) {
        let numbers = Array(0..<count)
        let keep: (Int) -> Int? = { $0 % 7 == 3 ? nil : $0 * 2 }
        let sized = numbers.compactMapSized(keep)
        #expect(sized == numbers.compactMap(keep))
        #expect(sized.capacity <= count + count / 8 + 8)
    }
}
