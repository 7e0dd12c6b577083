import KartaModel

/// Aligns two sequences of texts that have no ids (paragraphs of a page, sub-items of a row):
/// Myers over their typographic keys, then, inside each run of replaced elements, pairs of old and
/// new elements similar enough to be one element edited (wikidiff2 and Phabricator do the same).
enum SequenceAlignment {
    enum Step: Sendable, Hashable {
        /// Equal keys: the same text, at most typography apart.
        case same(old: Int, new: Int)
        /// Different texts similar enough to be one edited element.
        case paired(old: Int, new: Int)
        case deleted(old: Int)
        case inserted(new: Int)
    }

    /// `oldKeys`/`newKeys` pair elements outright when equal (table rows by their first cell) before
    /// similarity is asked.
    static func align(old: [String], new: [String], threshold: Double, oldKeys: [String?]? = nil, newKeys: [String?]? = nil) -> [Step] {
        var interner = Interner()
        let runs = Myers.diff(interner.ids(old.map(Typography.key)), interner.ids(new.map(Typography.key)))
        var steps: [Step] = []
        var deleted: [Int] = []
        var inserted: [Int] = []
        func flush() {
            guard !deleted.isEmpty || !inserted.isEmpty else { return }
            var partner: [Int: Int] = [:]
            if let oldKeys, let newKeys {
                var byKey: [String: [Int]] = [:]
                for index in deleted { if let key = oldKeys[index] { byKey[key, default: []].append(index) } }
                for index in inserted {
                    guard let key = newKeys[index], var candidates = byKey[key], !candidates.isEmpty else { continue }
                    partner[index] = candidates.removeFirst()
                    byKey[key] = candidates
                }
            }
            var pairedOld = Set(partner.values)
            let leftOld = deleted.filter { !pairedOld.contains($0) }
            let leftNew = inserted.filter { partner[$0] == nil }
            var bags = Interner()
            let oldBags = leftOld.map { WordBag(old[$0], interner: &bags) }
            let newBags = leftNew.map { WordBag(new[$0], interner: &bags) }
            for pair in SimilarityPairing.pairs(old: oldBags, new: newBags, threshold: threshold) {
                partner[leftNew[pair.new]] = leftOld[pair.old]
                pairedOld.insert(leftOld[pair.old])
            }
            steps += deleted.filter { !pairedOld.contains($0) }.map { .deleted(old: $0) }
            steps += inserted.map { index in partner[index].map { .paired(old: $0, new: index) } ?? .inserted(new: index) }
            deleted = []
            inserted = []
        }
        for run in runs {
            switch run.operation {
            case .equal:
                flush()
                steps += zip(run.old, run.new).map { .same(old: $0, new: $1) }
            case .delete: deleted += Array(run.old)
            case .insert: inserted += Array(run.new)
            }
        }
        flush()
        return steps
    }
}

/// Positions of a longest strictly increasing subsequence (patience sorting, O(n log n)): the
/// rows that kept their order; the others moved. Ties go to the earliest elements, so the result
/// is the same on every run.
enum LongestIncreasingSubsequence {
    static func positions(_ values: [Int]) -> Set<Int> {
        var tails: [Int] = []  // positions of the smallest tail of each length
        var previous = [Int](repeating: -1, count: values.count)
        for (position, value) in values.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if values[tails[middle]] < value { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[position] = tails[low - 1] }
            if low == tails.count { tails.append(position) } else { tails[low] = position }
        }
        var result = Set<Int>()
        var position = tails.last ?? -1
        while position >= 0 {
            result.insert(position)
            position = previous[position]
        }
        return result
    }
}
