@testable import KartaRender
import Testing

/// The typographer's memo: every run typeset once, and each lookup answered with that run's own bytes,
/// whatever the tables' growth and the blocks the bytes are kept in.
@Suite("The typesetting memo")
struct TypesetMemoTests {
    /// What the typographer would make of a run: changed (upper-cased ASCII) or, for runs ending in a
    /// digit, the run itself, which the memo keeps once.
    static func typeset(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        text.last.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } == true
            ? Array(text)
            : text.map { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) ? $0 - 32 : $0 } + Array("!".utf8)
    }

    static func run(_ index: Int) -> [UInt8] {
        // Each distinct: its number, then up to 80 bytes more, or far beyond a block's share, so some runs get
        // blocks of their own.
        let word = "run \(index) ".utf8
        let length = word.count + (index % 997 == 0 ? 70_000 : index % 80)
        return Array(repeatElement(Array(word), count: length / word.count + 1).joined().prefix(length)) + Array(String(index % 3).utf8)
    }

    func lookUp(_ memo: TypesetMemo, _ text: [UInt8], made: inout Int) -> [UInt8] {
        var output = Array("<p>".utf8)
        var calls = 0
        text.withUnsafeBufferPointer { text in
            memo.append(text, to: &output) { text in
                calls += 1
                return Self.typeset(text)
            }
        }
        made += calls
        return output
    }

    /// A long run is typeset at its first two sightings, its bytes kept from the second; a short one is typeset
    /// once and kept from the first; each is answered from the memo ever after.
    @Test func eachRunIsKeptFromItsSecondSightingOrShortFromItsFirstAndAnsweredWithItsOwnBytes() {
        let memo = TypesetMemo()
        let runs = (0..<20_000).map(Self.run)
        #expect(Set(runs).count == runs.count)
        let short = runs.filter { $0.count <= TypesetMemo.keptAtFirstSighting }.count
        #expect(short > 1_000 && short < runs.count - 1_000, "both kinds of run")
        var made = 0
        for round in 1...3 {
            for text in runs {
                let expected = Array("<p>".utf8) + text.withUnsafeBufferPointer(Self.typeset)
                #expect(lookUp(memo, text, made: &made) == expected, "round \(round)")
            }
            #expect(made == runs.count + (round == 1 ? 0 : runs.count - short), "round \(round)")
            #expect(memo.count == (round == 1 ? short : runs.count), "round \(round)")
        }
    }

    @Test func workersSharingTheMemoGetTheSameBytes() async {
        let memo = TypesetMemo()
        let runs = (0..<4_000).map(Self.run)
        let results = await withTaskGroup(of: Bool.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    var made = 0
                    return runs.indices.allSatisfy { position in
                        let text = runs[(position * (worker + 1)) % runs.count]
                        return lookUp(memo, text, made: &made) == Array("<p>".utf8) + text.withUnsafeBufferPointer(Self.typeset)
                    }
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == [true, true, true, true])
        #expect(memo.count == Set(runs).count)
    }

    /// A page's cache answers a run met before on the page with what its memo keeps, and never with another
    /// memo's answer (another territory's glossary), whatever the runs sharing an entry.
    @Test func aPageCacheAnswersAsItsMemoDoes() {
        let plain = TypesetMemo()
        let shouting = TypesetMemo()
        let runs = (0..<3_000).map(Self.run)
        func look(_ memo: TypesetMemo, _ text: [UInt8], cache: TypesetMemo.PageCache, _ make: (UnsafeBufferPointer<UInt8>) -> [UInt8]) -> [UInt8] {
            var output: [UInt8] = []
            text.withUnsafeBufferPointer { memo.append($0, to: &output, cache: cache, make) }
            return output
        }
        TypesetMemo.PageCache.with(capacity: 64) { cache in
            for round in 1...4 {
                for text in runs {
                    let marked = look(shouting, text, cache: cache) { Array($0) + Array("!".utf8) }
                    let same = look(plain, text, cache: cache) { Array($0) }
                    #expect(marked == text + Array("!".utf8), "round \(round)")
                    #expect(same == text, "round \(round)")
                }
            }
        }
    }
}
