/// The words of a text as a sorted multiset of ids, for Dice similarity between texts that are
/// not aligned (pairing rows whose ids changed, detecting moved paragraphs).
struct WordBag: Sendable {
    var ids: [Int]

    init(_ text: String, interner: inout Interner) {
        ids = Token.split(text).filter(\.isWordLike).map { interner.id($0.key.lowercased()) }.sorted()
    }

    /// 2·|A ∩ B| / (|A| + |B|) over the multisets; 1 for two empty texts.
    func dice(_ other: WordBag) -> Double {
        let total = ids.count + other.ids.count
        guard total > 0 else { return 1 }
        var i = 0
        var j = 0
        var common = 0
        while i < ids.count, j < other.ids.count {
            if ids[i] == other.ids[j] {
                common += 1
                i += 1
                j += 1
            } else if ids[i] < other.ids[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(2 * common) / Double(total)
    }
}

/// Pairs members of two lists by similarity, best pairs first, each member at most once.
enum SimilarityPairing {
    struct Pair: Sendable, Hashable {
        var old: Int
        var new: Int
        var similarity: Double
    }

    /// Greedy on the similarity, ties broken by position so the result never depends on hashing.
    /// Lists longer than `limit` are not paired (the cost is quadratic).
    static func pairs(old: [WordBag], new: [WordBag], threshold: Double, limit: Int = 600) -> [Pair] {
        guard !old.isEmpty, !new.isEmpty, old.count <= limit, new.count <= limit else { return [] }
        var candidates: [Pair] = []
        for (i, a) in old.enumerated() {
            for (j, b) in new.enumerated() {
                let similarity = a.dice(b)
                if similarity >= threshold { candidates.append(Pair(old: i, new: j, similarity: similarity)) }
            }
        }
        candidates.sort { ($1.similarity, $0.old, $0.new) < ($0.similarity, $1.old, $1.new) }
        var usedOld = Set<Int>()
        var usedNew = Set<Int>()
        var result: [Pair] = []
        for candidate in candidates where !usedOld.contains(candidate.old) && !usedNew.contains(candidate.new) {
            usedOld.insert(candidate.old)
            usedNew.insert(candidate.new)
            result.append(candidate)
        }
        return result.sorted { ($0.old, $0.new) < ($1.old, $1.new) }
    }
}
