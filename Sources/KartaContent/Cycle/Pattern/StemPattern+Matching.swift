/// Backtracking over the pattern in the order ICU tries it, so the first match found is ICU's.
///
/// Each node matches at a position and hands every end it can reach, best first, to `rest` (the rest of the
/// pattern); the first `true` ends the search. Candidate starts are few (`StemStarts`), so this runs a handful of
/// times per text instead of at every position.
extension StemPattern {
    /// Where the match that starts at `start` ends, or nil when none starts there.
    func matchEnd(in text: [Unicode.Scalar], from start: Int) -> Int? {
        var end: Int?
        _ = match(text, start) { found in
            end = found
            return true
        }
        return end
    }

    func match(_ text: [Unicode.Scalar], _ position: Int, _ rest: (Int) -> Bool) -> Bool {
        switch self {
        case .literal(let scalars):
            guard Self.hasLiteral(scalars, in: text, at: position) else { return false }
            return rest(position + scalars.count)
        case .scalar(let set):
            guard position < text.count, set.contains(text[position]) else { return false }
            return rest(position + 1)
        case .wordBoundary:
            return WordBoundary.isBoundary(in: text, at: position) && rest(position)
        case .textStart:
            return position == 0 && rest(position)
        case .sequence(let items):
            return Self.match(items, from: 0, text, position, rest)
        case .alternation(let alternatives):
            // Most alternatives are words; the one scalar under them rules out all but one without a call.
            let next = position < text.count ? text[position] : nil
            for alternative in alternatives {
                if let first = alternative.firstScalar, first != next { continue }
                if alternative.match(text, position, rest) { return true }
            }
            return false
        case .repetition(.scalar(let set), let min, let max, let possessive):
            // A run of one class needs no recursion: a 200 KB word must not cost 200 K stack frames.
            var count = 0
            while count < max, position + count < text.count, set.contains(text[position + count]) { count += 1 }
            guard count >= min else { return false }
            if possessive { return rest(position + count) }
            for taken in stride(from: count, through: min, by: -1) where rest(position + taken) { return true }
            return false
        case .repetition(let inner, let min, let max, let possessive):
            guard possessive else { return Self.greedy(inner, text, position, count: 0, min: min, max: max, rest) }
            // Possessive is atomic: the first way the repetition matches is the only one tried.
            var end: Int?
            _ = Self.greedy(inner, text, position, count: 0, min: min, max: max) { found in
                end = found
                return true
            }
            guard let end else { return false }
            return rest(end)
        }
    }

    static func hasLiteral(_ scalars: [Unicode.Scalar], in text: [Unicode.Scalar], at position: Int) -> Bool {
        guard position + scalars.count <= text.count else { return false }
        for offset in scalars.indices where text[position + offset] != scalars[offset] { return false }
        return true
    }

    private static func match(
        _ items: [StemPattern], from index: Int, _ text: [Unicode.Scalar], _ position: Int, _ rest: (Int) -> Bool
    ) -> Bool {
        guard index < items.count else { return rest(position) }
        if index == items.count - 1 { return items[index].match(text, position, rest) }
        return items[index].match(text, position) { next in match(items, from: index + 1, text, next, rest) }
    }

    /// The scalar every match starts with, when the pattern starts with a literal.
    private var firstScalar: Unicode.Scalar? {
        switch self {
        case .literal(let scalars): scalars.first
        case .sequence(let items): if case .literal(let scalars)? = items.first { scalars.first } else { nil }
        default: nil
        }
    }

    /// As many repetitions as match, then one fewer at a time; an empty repetition ends the loop, as in ICU.
    private static func greedy(
        _ inner: StemPattern, _ text: [Unicode.Scalar], _ position: Int, count: Int, min: Int, max: Int, _ rest: (Int) -> Bool
    ) -> Bool {
        if count < max, inner.match(text, position, { next in
            next != position && greedy(inner, text, next, count: count + 1, min: min, max: max, rest)
        }) {
            return true
        }
        return count >= min && rest(position)
    }
}
