/// Finds each stem's first match in one pass over a text: at every position only the stems whose first literal
/// is written there are tried (looked up by the position's first two letters), so a text of 200 letters costs
/// a few table look-ups per letter and a handful of match attempts, not 110 regular-expression searches.
struct StemStarts: Sendable {
    private struct Literal: Sendable {
        var scalars: [Unicode.Scalar]
        var patterns: [Int]
    }

    private let patterns: [StemPattern]
    /// `isLiteralStart` of each pattern: whether `\b` must come first, or nil when the matcher must run.
    private let literalStartNeedsBoundary: [Bool?]
    private var literals: [Literal] = []
    /// Literal ids by their first two letters (`letterPair`).
    private var byLetterPair: [[Int]]
    /// Literals that do not start with two letters of the table, compared at every position.
    private var unkeyedLiterals: [Int] = []
    private var atTextStart: [Int] = []
    private var anywhere: [Int] = []

    init(_ patterns: [StemPattern]) {
        self.patterns = patterns
        literalStartNeedsBoundary = patterns.map { $0.isLiteralStart?.afterWordBoundary }
        byLetterPair = Array(repeating: [], count: Self.letterCount * Self.letterCount)
        var literalIDs: [[Unicode.Scalar]: Int] = [:]
        for (index, pattern) in patterns.enumerated() {
            switch pattern.start {
            case .textStart: atTextStart.append(index)
            case .anywhere: anywhere.append(index)
            case .literals(let starts):
                for scalars in starts {
                    if let id = literalIDs[scalars] {
                        if !literals[id].patterns.contains(index) { literals[id].patterns.append(index) }
                        continue
                    }
                    let id = literals.count
                    literalIDs[scalars] = id
                    literals.append(Literal(scalars: scalars, patterns: [index]))
                    if scalars.count >= 2, let key = Self.letterPair(scalars[0], scalars[1]) {
                        byLetterPair[key].append(id)
                    } else {
                        unkeyedLiterals.append(id)
                    }
                }
            }
        }
    }

    /// Each pattern's first match as (start, end) in scalar offsets, by pattern index; nil where it has none.
    func firstMatches(in text: [Unicode.Scalar]) -> [(start: Int, end: Int)?] {
        var found: [(start: Int, end: Int)?] = Array(repeating: nil, count: patterns.count)
        func attempt(_ index: Int, at position: Int) {
            guard found[index] == nil, let end = patterns[index].matchEnd(in: text, from: position) else { return }
            found[index] = (position, end)
        }
        func attemptLiteral(_ id: Int, at position: Int) {
            let literal = literals[id]
            guard StemPattern.hasLiteral(literal.scalars, in: text, at: position) else { return }
            for index in literal.patterns where found[index] == nil {
                // The literal just read is the whole pattern: only a `\b` before it is left to check.
                if let needsBoundary = literalStartNeedsBoundary[index] {
                    if !needsBoundary || WordBoundary.isBoundary(in: text, at: position) {
                        found[index] = (position, position + literal.scalars.count)
                    }
                    continue
                }
                attempt(index, at: position)
            }
        }
        for index in atTextStart { attempt(index, at: 0) }
        // Through `text.count`: a pattern that can match nothing matches at the very end too.
        for position in 0...text.count {
            for index in anywhere { attempt(index, at: position) }
            if position + 1 < text.count, let key = Self.letterPair(text[position], text[position + 1]) {
                for id in byLetterPair[key] { attemptLiteral(id, at: position) }
            }
            for id in unkeyedLiterals { attemptLiteral(id, at: position) }
        }
        return found
    }

    /// а–я, ё and a–z: the letters stems start with.
    private static let letterCount = 59

    private static func letter(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x430...0x44F: Int(scalar.value - 0x430)
        case 0x451: 32
        case 0x61...0x7A: 33 + Int(scalar.value - 0x61)
        default: nil
        }
    }

    private static func letterPair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int? {
        guard let first = letter(first), let second = letter(second) else { return nil }
        return first * letterCount + second
    }
}
