@testable import KartaRender
import Testing

/// Body page addresses are numbered as probing every number from 2 numbered them, however many bodies share
/// a base and whatever bases look like numbered ones («a-3»).
@Suite("Numbered page addresses")
struct SlugNumberingTests {
    static func probedFromTwo(_ bases: [String]) -> [String] {
        var used: Set<String> = []
        return bases.map { base in
            var slug = base
            var number = 2
            while !used.insert(slug).inserted {
                slug = "\(base)-\(number)"
                number += 1
            }
            return slug
        }
    }

    @Test func numbersAsProbingFromTwoDid() {
        var generator = SystemRandomNumberGenerator()
        let shapes = ["a", "a-2", "a-3", "a-2-2", "b", "b-10", "a-4"]
        for _ in 0..<200 {
            let bases = (0..<Int.random(in: 0...60, using: &generator)).map { _ in shapes.randomElement(using: &generator)! }
            var numbering = SlugNumbering()
            #expect(bases.map { numbering.slug(for: $0) } == Self.probedFromTwo(bases), "\(bases)")
        }
    }

    @Test func thousandsSharingABaseAreNumberedInOrder() {
        var numbering = SlugNumbering()
        let slugs = (0..<20_000).map { _ in numbering.slug(for: "direktor-sosh-1") }
        #expect(slugs.first == "direktor-sosh-1")
        #expect(slugs[1] == "direktor-sosh-1-2")
        #expect(slugs.last == "direktor-sosh-1-20000")
        #expect(Set(slugs).count == slugs.count)
    }
}
